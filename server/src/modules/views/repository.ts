import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, SavedViewsTable } from '../../platform/db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A saved view with the names the API shows next to its ids, and whether it is the reader's default. */
export type SavedViewRow = Selectable<SavedViewsTable> & {
  team_name: string | null;
  owner_name: string;
  default_of: string | null;
};

export class SavedViewRepository {
  constructor(private readonly db: Db) {}

  private withNames(readerId: string) {
    return this.db
      .selectFrom('saved_views')
      .innerJoin('users', 'users.id', 'saved_views.owner_id')
      .leftJoin('teams', 'teams.id', 'saved_views.team_id')
      .leftJoin('saved_view_defaults', (join) =>
        join
          .onRef('saved_view_defaults.view_id', '=', 'saved_views.id')
          .on('saved_view_defaults.user_id', '=', readerId),
      )
      .selectAll('saved_views')
      .select([
        'teams.name as team_name',
        'users.name as owner_name',
        'saved_view_defaults.user_id as default_of',
      ]);
  }

  /** The views of a record type the user sees: their own, and those shared with one of their teams. */
  visibleTo(userId: string, recordType: string): Promise<SavedViewRow[]> {
    return this.withNames(userId)
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

  findById(id: string, readerId: string): Promise<SavedViewRow | undefined> {
    return this.withNames(readerId).where('saved_views.id', '=', id).executeTakeFirst();
  }

  /** Makes a view the user's default for its record type, or (null) clears the default. */
  async setDefault(userId: string, recordType: string, viewId: string | null): Promise<void> {
    await this.db
      .deleteFrom('saved_view_defaults')
      .where('user_id', '=', userId)
      .where('record_type', '=', recordType)
      .execute();
    if (viewId) {
      await this.db
        .insertInto('saved_view_defaults')
        .values({ user_id: userId, record_type: recordType, view_id: viewId })
        .execute();
    }
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
