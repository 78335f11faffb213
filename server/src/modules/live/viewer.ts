import { type Permission, VISIBILITIES } from '@kontor/domain/permissions';
import type { Kysely } from 'kysely';
import { CredentialRepository } from '../../platform/auth/credential-repository.js';
import type { Principal } from '../../platform/auth/principal.js';
import { digestSecret } from '../../platform/auth/secrets.js';
import type { Database } from '../../platform/db/schema.js';
import { storedEnum } from '../../platform/db/stored-enum.js';
import type { LiveViewer } from '../../platform/live/audience.js';

// Unknown data never widens what a user sees.
const visibilityOf = storedEnum(VISIBILITIES, 'own');

/** A viewer from the facts of a principal, with the members of their teams looked up once. */
export async function loadViewer(
  db: Kysely<Database>,
  principal: {
    userId: string;
    permissions: readonly string[];
    visibility: string;
    teamIds: readonly string[];
  },
): Promise<LiveViewer> {
  const members =
    principal.teamIds.length === 0
      ? []
      : await db
          .selectFrom('team_members')
          .select('user_id')
          .distinct()
          .where('team_id', 'in', [...principal.teamIds])
          .execute();
  return {
    userId: principal.userId,
    permissions: principal.permissions as Permission[],
    visibility: visibilityOf(principal.visibility),
    teamIds: [...principal.teamIds],
    teamMemberIds: new Set([principal.userId, ...members.map((m) => m.user_id)]),
  };
}

/**
 * How a stream checks later that its caller may still listen: the same session (not extended
 * by this check: an open tab alone must not keep a session alive) or API token, with the
 * user's current role and teams. Null once it ended, was revoked or the user was deactivated.
 */
export function viewerRecheck(
  db: Kysely<Database>,
  principal: Principal,
  bearerToken: string | undefined,
): () => Promise<LiveViewer | null> {
  const credentials = new CredentialRepository(db);
  const tokenHash = bearerToken === undefined ? undefined : digestSecret(bearerToken);
  const sessionId = principal.sessionId;
  return async () => {
    const now = new Date().toISOString();
    const found =
      principal.via === 'token' && tokenHash !== undefined
        ? await credentials.findUsableApiToken(tokenHash, now)
        : sessionId !== undefined
          ? await credentials.findLiveSession(sessionId, now)
          : undefined;
    return found && found.principal.userId === principal.userId ? loadViewer(db, found.principal) : null;
  };
}
