import type { Language } from '@kontor/domain/users';
import type { Transaction, Updateable } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { nowIso } from '../../platform/db/ids.js';
import type { ActivitiesTable, Database } from '../../platform/db/schema.js';
import type { ActivityEventView } from '../../platform/events/bus.js';
import { recordFieldChanges } from '../../platform/history/field-history.js';
import { conflict, notFound, staleVersion } from '../../platform/http/problem.js';
import type { ActivityRow } from './mapping.js';
import type { ActivityRecorder } from './recorder.js';
import { ActivityRepository, activityVisibleTo, type RecordKey } from './repository.js';

/** Types Kontor writes itself: people pin them, but never change or delete them. */
const READ_ONLY_TYPES = new Set(['system', 'document']);

export interface ChangeRequest {
  id: string;
  /** The version the change is based on; null for changes that cannot conflict (pinning). */
  version: number | null;
  /** Deleted entries are found too (restoring). */
  deleted?: boolean;
  /** What may also change on a system entry (only pinning). */
  onReadOnly?: 'refuse' | 'allow';
  /** The new column values, or a problem when the entry's state does not allow the change. */
  build(row: ActivityRow): Updateable<ActivitiesTable>;
  /** New links, replacing the old ones. */
  links?: readonly RecordKey[];
}

/**
 * The one path by which an existing entry changes: visible to the principal, not stale (409),
 * its links' copies kept in step, every field change in the history (X4), and other modules
 * and open browsers told.
 */
export async function changeActivity(
  trx: Transaction<Database>,
  recorder: ActivityRecorder,
  principal: Principal,
  request: ChangeRequest,
  language: Language,
): Promise<void> {
  const repository = new ActivityRepository(trx);
  const row = await repository
    .withNames(language)
    .where('activities.id', '=', request.id)
    .where('activities.deleted_at', request.deleted ? 'is not' : 'is', null)
    .where(activityVisibleTo(principal))
    .executeTakeFirst();
  if (!row) throw notFound('activity-not-found');
  if (READ_ONLY_TYPES.has(row.type) && request.onReadOnly !== 'allow')
    throw conflict('activity-system-readonly');
  if (request.version !== null && row.version !== request.version) throw staleVersion();

  const beforeLinks = await repository.linksOf([row.id]);
  const change = request.build(row);
  const bump = request.version !== null;
  const updated = await trx
    .updateTable('activities')
    .set({
      ...change,
      updated_at: nowIso(),
      ...(bump ? { version: row.version + 1 } : {}),
    })
    .where('id', '=', row.id)
    .where('version', '=', row.version)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) throw staleVersion();

  const after = { ...row, ...change } as ActivityRow;
  if (request.links) {
    await repository.replaceLinks(
      row.id,
      after.occurred_at,
      after.pinned === 1,
      after.deleted_at !== null,
      request.links,
    );
  } else if (
    change.occurred_at !== undefined ||
    change.pinned !== undefined ||
    change.deleted_at !== undefined
  ) {
    await repository.copyToLinks(row.id, {
      occurred_at: after.occurred_at,
      pinned: after.pinned,
      deleted: Number(after.deleted_at !== null),
    });
  }
  const afterLinks = request.links ?? beforeLinks;
  await recordFieldChanges(trx, {
    recordType: 'activity',
    recordId: row.id,
    changedBy: principal.userId,
    before: historyView(row, beforeLinks),
    after: historyView(after, afterLinks),
  });
  await recorder.saved(
    trx,
    'activity.changed',
    eventView(after, afterLinks),
    eventView(row, beforeLinks),
    principal.userId,
  );
}

/** The fields whose changes an entry's history keeps. */
function historyView(row: ActivityRow, links: readonly RecordKey[]) {
  return {
    subject: row.subject,
    body: row.body,
    occurredAt: row.occurred_at,
    direction: row.direction,
    noteTypeId: row.note_type_id,
    status: row.status,
    dueAt: row.due_at,
    assignee: row.assignee_user_id
      ? `user:${row.assignee_user_id}`
      : row.assignee_team_id
        ? `team:${row.assignee_team_id}`
        : null,
    outcome: row.outcome,
    links: links.map((link) => `${link.recordType}:${link.recordId}`).sort(),
    deleted: row.deleted_at !== null,
  };
}

export function eventView(row: ActivityRow, links: readonly RecordKey[]): ActivityEventView {
  return {
    id: row.id,
    subject: row.subject,
    body: row.body,
    status: row.status === 'open' ? 'open' : 'done',
    dueAt: row.due_at,
    assigneeUserId: row.assignee_user_id,
    assigneeTeamId: row.assignee_team_id,
    ownerId: row.owner_id,
    links: links.map((link) => ({ recordType: link.recordType, recordId: link.recordId })),
  };
}
