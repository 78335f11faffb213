import { type Permission, ROLE_KEYS, VISIBILITIES } from '@kontor/domain/permissions';
import { LANGUAGES } from '@kontor/domain/users';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { storedEnum } from '../db/stored-enum.js';
import { CredentialRepository, type PrincipalRow } from './credential-repository.js';
import type { Principal } from './principal.js';
import { digestSecret, newSecret } from './secrets.js';

const roleOf = storedEnum(ROLE_KEYS, 'read-only');
const languageOf = storedEnum(LANGUAGES, 'de');
// Unknown data never widens what a user sees.
const visibilityOf = storedEnum(VISIBILITIES, 'own');

const DAY_MS = 24 * 60 * 60 * 1000;
// Extending the expiry on every request would write on every read; once every 10 minutes is enough.
const EXTEND_AFTER_MS = 10 * 60 * 1000;

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Database-backed login sessions and API-token lookups: the credentials behind a Principal. */
export class SessionManager {
  private readonly credentials: CredentialRepository;

  constructor(
    db: Kysely<Database>,
    private readonly sessionDays: number,
  ) {
    this.credentials = new CredentialRepository(db);
  }

  async create(userId: string): Promise<NewSession> {
    const token = newSecret('session');
    const csrfToken = newSecret('csrf');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.sessionDays * DAY_MS);
    await this.credentials.insertSession({
      id: digestSecret(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    });
    return { token, csrfToken, expiresAt };
  }

  async fromSessionToken(token: string): Promise<Principal | null> {
    const now = new Date();
    const session = await this.credentials.findLiveSession(digestSecret(token), now.toISOString());
    if (!session) return null;
    let renewedUntil: Date | undefined;
    if (now.getTime() - Date.parse(session.last_seen_at) > EXTEND_AFTER_MS) {
      renewedUntil = new Date(now.getTime() + this.sessionDays * DAY_MS);
      await this.credentials.extendSession(session.session_id, now.toISOString(), renewedUntil.toISOString());
    }
    return {
      ...toPrincipal(session.principal, 'session'),
      sessionId: session.session_id,
      csrfToken: session.csrf_token,
      ...(renewedUntil ? { renewedUntil } : {}),
    };
  }

  async fromApiToken(token: string): Promise<Principal | null> {
    const now = new Date();
    const apiToken = await this.credentials.findUsableApiToken(digestSecret(token), now.toISOString());
    if (!apiToken) return null;
    if (!apiToken.last_used_at || now.getTime() - Date.parse(apiToken.last_used_at) > 60_000) {
      await this.credentials.markApiTokenUsed(apiToken.token_id, now.toISOString());
    }
    return toPrincipal(apiToken.principal, 'token');
  }

  async end(sessionId: string): Promise<void> {
    await this.credentials.deleteSession(sessionId);
  }

  /** Ends every session of a user, but for the one given (the caller's own, when it stays). */
  async endAllOf(userId: string, keepSessionId?: string): Promise<void> {
    await this.credentials.deleteSessionsOfUser(userId, keepSessionId);
  }

  async purgeExpired(): Promise<void> {
    await this.credentials.deleteExpiredSessions(new Date().toISOString());
  }
}

function toPrincipal(row: PrincipalRow, via: Principal['via']): Principal {
  return {
    userId: row.userId,
    role: roleOf(row.role),
    language: languageOf(row.language),
    permissions: row.permissions as Permission[],
    visibility: visibilityOf(row.visibility),
    teamIds: row.teamIds,
    via,
  };
}
