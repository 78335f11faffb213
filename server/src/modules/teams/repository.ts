import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export class TeamRepository {
  constructor(private readonly db: Db) {}

  list() {
    return this.db.selectFrom('teams').selectAll().orderBy('name').orderBy('id').execute();
  }

  findById(id: string) {
    return this.db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insert(row: Omit<Database['teams'], 'version'>): Promise<void> {
    await this.db.insertInto('teams').values(row).execute();
  }

  async updateIfVersion(
    id: string,
    version: number,
    change: { name?: string; updated_at: string },
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('teams')
      .set((eb) => ({ ...change, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('teams').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  async replaceMembers(teamId: string, userIds: readonly string[]): Promise<void> {
    await this.db.deleteFrom('team_members').where('team_id', '=', teamId).execute();
    if (userIds.length > 0) {
      await this.db
        .insertInto('team_members')
        .values(userIds.map((userId) => ({ team_id: teamId, user_id: userId })))
        // The user's side may add the same membership concurrently; either way it exists.
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }

  async existingUserIds(userIds: readonly string[]): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('users')
      .select('id')
      .where('id', 'in', [...userIds])
      .execute();
    return rows.map((r) => r.id);
  }

  /** Members of many teams in one query. */
  async membersOf(teamIds: readonly string[]) {
    if (teamIds.length === 0) return [];
    return this.db
      .selectFrom('team_members')
      .innerJoin('users', 'users.id', 'team_members.user_id')
      .select(['team_members.team_id', 'users.id', 'users.name', 'users.email'])
      .where('team_members.team_id', 'in', [...teamIds])
      .orderBy('users.name')
      .execute();
  }
}
