import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, SavedViewsTable } from '../../platform/db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A saved view with the names the API shows next to its ids. */
export type SavedViewRow = Selectable<SavedViewsTable> & { team_name: string | null; owner_name: string };

export class SavedViewRepository {
  constructor(private readonly db: Db) {}

  private withNames() {
    return this.db
      .selectFrom('saved_views')
      .innerJoin('users', 'users.id', 'saved_views.owner_id')
      .leftJoin('teams', 'teams.id', 'saved_views.team_id')
      .selectAll('saved_views')
      .select(['teams.name as team_name', 'users.name as owner_name']);
  }

  /** The views of a record type the user sees: their own, and those shared with one of their teams. */
  visibleTo(userId: string, recordType: string): Promise<SavedViewRow[]> {
    return this.withNames()
      .where('saved_views.record_type', '=', recordType)
      .where((eb) =>
        eb.or([
          eb('saved_views.owner_id', '=', userId),
          eb(
            'saved_views.team_id',
            'in',
            eb
              .selectFrom('team_members')
              .select('team_members.team_id')
              .where('team_members.user_id', '=', userId),
          ),
        ]),
      )
      .orderBy('saved_views.name_key')
      .orderBy('saved_views.id')
      .execute();
  }

  findById(id: string): Promise<SavedViewRow | undefined> {
    return this.withNames().where('saved_views.id', '=', id).executeTakeFirst();
  }

  async isTeamMember(teamId: string, userId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('team_members')
      .select('team_id')
      .where('team_id', '=', teamId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row !== undefined;
  }

  async insert(row: Omit<SavedViewsTable, 'version'>): Promise<void> {
    await this.db.insertInto('saved_views').values(row).execute();
  }

  async updateIfVersion(
    id: string,
    version: number,
    change: Partial<Pick<SavedViewsTable, 'name' | 'name_key' | 'state' | 'team_id'>> & {
      updated_at: string;
    },
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('saved_views')
      .set((eb) => ({ ...change, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('saved_views').where('id', '=', id).execute();
  }
}
