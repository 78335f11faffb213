import { permissionSchema } from '@kontor/domain/permissions';
import type { Kysely } from 'kysely';
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

  async findLiveSession(id: string, now: string) {
    return this.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', id)
      .where('expires_at', '>', now)
      .executeTakeFirst();
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

  async findUsableApiToken(tokenHash: string, now: string) {
    return this.db
      .selectFrom('api_tokens')
      .select(['id', 'user_id', 'last_used_at'])
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
      .executeTakeFirst();
  }

  async markApiTokenUsed(id: string, at: string) {
    await this.db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  }

  /** The active user's role permissions and teams, or undefined for unknown or deactivated users. */
  async findActivePrincipal(userId: string): Promise<PrincipalRow | undefined> {
    const user = await this.db
      .selectFrom('users')
      .innerJoin('roles', 'roles.key', 'users.role_key')
      .select(['users.id', 'users.role_key', 'users.language', 'roles.permissions', 'roles.visibility'])
      .where('users.id', '=', userId)
      .where('users.active', '=', 1)
      .where('users.password_hash', 'is not', null)
      .executeTakeFirst();
    if (!user) return undefined;
    const teams = await this.db
      .selectFrom('team_members')
      .select('team_id')
      .where('user_id', '=', userId)
      .execute();
    return {
      userId: user.id,
      role: user.role_key,
      language: user.language,
      permissions: parsePermissions(user.permissions),
      visibility: user.visibility,
      teamIds: teams.map((t) => t.team_id),
    };
  }
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
