import { permissionSchema } from '@kontor/domain/permissions';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';

export interface PrincipalRow {
  userId: string;
  role: string;
  language: string;
  permissions: string[];
  visibility: string;
  teamIds: string[];
}

/** Sessions, API tokens and the user facts a request needs; nothing else. */
export class CredentialRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** A live session with its active user's principal facts, in one query (it runs on every request). */
  async findLiveSession(id: string, now: string) {
    const row = await this.principalQuery()
      .innerJoin('sessions', 'sessions.user_id', 'users.id')
      .select(['sessions.id as session_id', 'sessions.csrf_token', 'sessions.last_seen_at'])
      .where('sessions.id', '=', id)
      .where('sessions.expires_at', '>', now)
      .executeTakeFirst();
    return row && { ...row, principal: toPrincipalRow(row) };
  }

  async insertSession(row: Database['sessions']) {
    await this.db.insertInto('sessions').values(row).execute();
  }

  async extendSession(id: string, lastSeenAt: string, expiresAt: string) {
    await this.db
      .updateTable('sessions')
      .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
      .where('id', '=', id)
      .execute();
  }

  async deleteSession(id: string) {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  async deleteSessionsOfUser(userId: string, keepSessionId?: string) {
    await this.db
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .$if(keepSessionId !== undefined, (qb) => qb.where('id', '!=', keepSessionId as string))
      .execute();
  }

  async deleteExpiredSessions(now: string) {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  }

  /** A usable API token with its active user's principal facts, in one query. */
  async findUsableApiToken(tokenHash: string, now: string) {
    const row = await this.principalQuery()
      .innerJoin('api_tokens', 'api_tokens.user_id', 'users.id')
      .select(['api_tokens.id as token_id', 'api_tokens.last_used_at'])
      .where('api_tokens.token_hash', '=', tokenHash)
      .where('api_tokens.revoked_at', 'is', null)
      .where((eb) => eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', now)]))
      .executeTakeFirst();
    return row && { ...row, principal: toPrincipalRow(row) };
  }

  async markApiTokenUsed(id: string, at: string) {
    await this.db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  }

  /** The active user's role permissions and teams, or undefined for unknown or deactivated users. */
  async findActivePrincipal(userId: string): Promise<PrincipalRow | undefined> {
    const row = await this.principalQuery().where('users.id', '=', userId).executeTakeFirst();
    return row && toPrincipalRow(row);
  }

  /** Active users with a password, their role, and their teams as one comma-joined string. */
  private principalQuery() {
    return this.db
      .selectFrom('users')
      .innerJoin('roles', 'roles.key', 'users.role_key')
      .select((eb) => [
        'users.id as user_id',
        'users.role_key',
        'users.language',
        'roles.permissions',
        'roles.visibility',
        // string_agg exists in PostgreSQL and SQLite ≥ 3.44; team ids never contain a comma.
        eb
          .selectFrom('team_members')
          .select(sql<string>`string_agg(team_members.team_id, ',')`.as('ids'))
          .whereRef('team_members.user_id', '=', 'users.id')
          .as('team_ids'),
      ])
      .where('users.active', '=', 1)
      .where('users.password_hash', 'is not', null);
  }
}

interface PrincipalColumns {
  user_id: string;
  role_key: string;
  language: string;
  permissions: string;
  visibility: string;
  team_ids: string | null;
}

function toPrincipalRow(row: PrincipalColumns): PrincipalRow {
  return {
    userId: row.user_id,
    role: row.role_key,
    language: row.language,
    permissions: parsePermissions(row.permissions),
    visibility: row.visibility,
    teamIds: row.team_ids ? row.team_ids.split(',') : [],
  };
}

// Permissions are data; an unknown one (e.g. from a newer version) is ignored, never granted.
function parsePermissions(json: string): string[] {
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? list.filter((p) => permissionSchema.safeParse(p).success) : [];
  } catch {
    return [];
  }
}
