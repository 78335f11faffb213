import type { Kysely } from 'kysely';
import { newId } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
import { type LiveEvent, type LivePublisher, liveEventList } from '../../platform/live/types.js';

/**
 * Writes an entry straight into the table: the due check's tests need many entries in every
 * state (done, deleted, due long ago) quickly, and only the columns the check reads matter.
 */
export async function insertEntry(
  db: Kysely<Database>,
  entry: {
    dueAt: string | null;
    ownerId: string | null;
    assigneeUserId?: string | null;
    assigneeTeamId?: string | null;
    status?: 'open' | 'done';
    deletedAt?: string | null;
    subject?: string;
    links?: { recordType: string; recordId: string }[];
  },
): Promise<string> {
  const id = newId();
  const now = new Date().toISOString();
  const subject = entry.subject ?? 'Rückruf vereinbart';
  await db
    .insertInto('activities')
    .values({
      id,
      type: 'task',
      subject,
      subject_key: subject.toLowerCase(),
      text_key: subject.toLowerCase(),
      body: null,
      occurred_at: now,
      status: entry.status ?? 'open',
      due_at: entry.dueAt,
      due_notified_at: null,
      assignee_user_id: entry.assigneeUserId ?? null,
      assignee_team_id: entry.assigneeTeamId ?? null,
      owner_id: entry.ownerId,
      created_by: entry.ownerId,
      created_at: now,
      updated_at: now,
      deleted_at: entry.deletedAt ?? null,
      direction: null,
      note_type_id: null,
      outcome: null,
      done_at: null,
      done_by: null,
      system_key: null,
      document_id: null,
      deleted_by: null,
    })
    .execute();
  for (const link of entry.links ?? []) {
    await db
      .insertInto('activity_links')
      .values({ activity_id: id, record_type: link.recordType, record_id: link.recordId, occurred_at: now })
      .execute();
  }
  return id;
}

/** A live publisher that keeps what it was given, to check what would have been pushed. */
export function recordingPublisher(): LivePublisher & { events: LiveEvent[] } {
  const events: LiveEvent[] = [];
  return {
    events,
    publish: async (_trx, published) => {
      events.push(...liveEventList(published));
    },
  };
}
