import type { Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Database, UsersTable } from '../../platform/db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;
export type UserRow = Selectable<UsersTable>;
export interface TeamRef {
  id: string;
  name: string;
}

export class UserRepository {
  constructor(private readonly db: Db) {}

  findById(id: string) {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByEmail(email: string) {
    return this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  }

  listByName() {
    return this.db.selectFrom('users').selectAll().orderBy('name').orderBy('id').execute();
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Admins who can actually log in: active and with a password (not merely invited). */
  async countUsableAdmins(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('role_key', '=', 'admin')
      .where('active', '=', 1)
      .where('password_hash', 'is not', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insert(row: Omit<UserRow, 'version'>): Promise<void> {
    await this.db.insertInto('users').values(row).execute();
  }

  /** Applies the change only if the row still has the version the caller read; false otherwise. */
  async updateIfVersion(id: string, version: number, change: Updateable<UsersTable>): Promise<boolean> {
    const result = await this.db
      .updateTable('users')
      .set((eb) => ({ ...change, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Changes that carry no user-visible conflict risk (own settings, last login) bump the version too. */
  async update(id: string, change: Updateable<UsersTable>): Promise<void> {
    await this.db
      .updateTable('users')
      .set((eb) => ({ ...change, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }

  async replaceTeams(userId: string, teamIds: readonly string[]): Promise<void> {
    await this.db.deleteFrom('team_members').where('user_id', '=', userId).execute();
    if (teamIds.length > 0) {
      await this.db
        .insertInto('team_members')
        .values(teamIds.map((teamId) => ({ team_id: teamId, user_id: userId })))
        // The team's side may add the same membership concurrently; either way it exists.
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }

  async existingTeamIds(teamIds: readonly string[]): Promise<string[]> {
    if (teamIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('teams')
      .select('id')
      .where('id', 'in', [...teamIds])
      .execute();
    return rows.map((r) => r.id);
  }

  /** Teams of many users in one query, so lists never issue one query per row. */
  async teamsOf(userIds: readonly string[]): Promise<Map<string, TeamRef[]>> {
    const byUser = new Map<string, TeamRef[]>();
    if (userIds.length === 0) return byUser;
    const rows = await this.db
      .selectFrom('team_members')
      .innerJoin('teams', 'teams.id', 'team_members.team_id')
      .select(['team_members.user_id', 'teams.id', 'teams.name'])
      .where('team_members.user_id', 'in', [...userIds])
      .orderBy('teams.name')
      .execute();
    for (const row of rows) {
      const list = byUser.get(row.user_id) ?? [];
      list.push({ id: row.id, name: row.name });
      byUser.set(row.user_id, list);
    }
    return byUser;
  }

  async insertInvitation(row: Database['invitations']): Promise<void> {
    await this.db.insertInto('invitations').values(row).execute();
  }

  /** Deletes a live invitation and returns its user; only one of concurrent callers gets it. */
  async consumeInvitation(tokenHash: string, now: string): Promise<string | undefined> {
    const row = await this.db
      .deleteFrom('invitations')
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', now)
      .returning('user_id')
      .executeTakeFirst();
    return row?.user_id;
  }

  async revokeApiTokensOf(userId: string, at: string): Promise<void> {
    await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
  }

  findLiveInvitation(tokenHash: string, now: string) {
    return this.db
      .selectFrom('invitations')
      .innerJoin('users', 'users.id', 'invitations.user_id')
      .select(['invitations.user_id', 'users.email', 'users.name', 'users.active', 'users.password_hash'])
      .where('invitations.token_hash', '=', tokenHash)
      .where('invitations.expires_at', '>', now)
      .executeTakeFirst();
  }

  async deleteInvitationsOf(userId: string): Promise<void> {
    await this.db.deleteFrom('invitations').where('user_id', '=', userId).execute();
  }
}
