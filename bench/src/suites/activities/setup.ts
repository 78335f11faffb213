// The activities suite's setting: master data plus generated entries (reused or made here), the
// colleague with the most open follow-ups signed in by API token, and Kontor's own activity
// service on the bench's probe connection for capturing the statements each request issues.

import { linkableActivity } from '@kontor/server/src/modules/activities/linkable.ts';
import { ActivityRecorder } from '@kontor/server/src/modules/activities/recorder.ts';
import { ActivityService } from '@kontor/server/src/modules/activities/service.ts';
import { linkableContact } from '@kontor/server/src/modules/contacts/linkable.ts';
import { NotificationService } from '@kontor/server/src/modules/notifications/service.ts';
import { linkableOrganization } from '@kontor/server/src/modules/organizations/linkable.ts';
import { ApiTokenService } from '@kontor/server/src/modules/tokens/service.ts';
import { CredentialRepository } from '@kontor/server/src/platform/auth/credential-repository.ts';
import { hashPassword } from '@kontor/server/src/platform/auth/password.ts';
import type { Principal } from '@kontor/server/src/platform/auth/principal.ts';
import type { Engine } from '@kontor/server/src/platform/db/connection.ts';
import { EventBus } from '@kontor/server/src/platform/events/bus.ts';
import { LiveOutbox } from '@kontor/server/src/platform/live/outbox.ts';
import type { LivePublisher } from '@kontor/server/src/platform/live/types.ts';
import { RecordDirectory } from '@kontor/server/src/platform/records/record-directory.ts';
import { generateActivities } from '../../generate/activity-data.ts';
import type { Probe } from '../master-data/probe.ts';

/** Fills the activity tables when they are empty (a scratch database, or a reused one without). */
export async function ensureActivities(
  probe: Probe,
  database: Parameters<typeof generateActivities>[0]['database'],
  contacts: number,
) {
  const counted = await probe.db
    .selectFrom('activities')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst()
    .catch(() => undefined);
  if (counted && Number(counted.n) > 0) return;
  const activities = Number(process.env.BENCH_ACTIVITIES ?? contacts * 5);
  console.log(`generating ${activities.toLocaleString('en-GB')} activities (${database.engine}) …`);
  await generateActivities({ database, activities, hot: Math.min(10_000, activities) });
}

/** The principal as the server resolves it for the user's token (role, permissions, teams). */
export async function principalOf(probe: Probe, userId: string): Promise<Principal> {
  const row = await new CredentialRepository(probe.db).findActivePrincipal(userId);
  if (!row) throw new Error(`user ${userId} is not an active user with a password`);
  return {
    userId: row.userId,
    role: row.role as Principal['role'],
    language: 'de',
    permissions: row.permissions as Principal['permissions'],
    visibility: row.visibility as Principal['visibility'],
    teamIds: row.teamIds,
    via: 'token',
  };
}

/**
 * The generated sales colleague with the most open entries, with a password (tokens work for users who
 * can sign in) and a fresh API token.
 */
export async function busiestColleague(probe: Probe) {
  const top = await probe.db
    .selectFrom('activities')
    .innerJoin('users', 'users.id', 'activities.assignee_user_id')
    .select(['users.id', 'users.name', 'users.password_hash', (eb) => eb.fn.countAll<number>().as('n')])
    .where('activities.status', '=', 'open')
    .where('activities.deleted_at', 'is', null)
    // A sales colleague: sees their own (or their team's) records, not everything as managers do.
    .where('users.role_key', '=', 'sales')
    .groupBy(['users.id', 'users.name', 'users.password_hash'])
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  if (!top.password_hash)
    await probe.db
      .updateTable('users')
      .set({ password_hash: await hashPassword('bench-passwort-123') })
      .where('id', '=', top.id)
      .execute();
  const { token } = await new ApiTokenService(probe.db).create(top.id, { name: 'bench activities' });
  return { id: top.id, name: top.name, open: Number(top.n), token };
}

/** Kontor's activity service as the server builds it, on the probe's connection. */
export function activityServices(probe: Probe, engine: Engine) {
  const records = new RecordDirectory();
  records.register(linkableOrganization);
  records.register(linkableContact);
  records.register(linkableActivity);
  const outbox = new LiveOutbox(probe.db, engine);
  // The server's publisher writes the outbox row in the transaction; delivery is not measured.
  const live: LivePublisher = { publish: (trx, event) => outbox.insert(trx, event) };
  const events = new EventBus();
  // Mentions and assignments are told in the same transaction: part of a create's statements.
  new NotificationService(probe.db, records, live).subscribe(events);
  const recorder = new ActivityRecorder(events, live);
  return new ActivityService(probe.db, engine, records, recorder);
}
