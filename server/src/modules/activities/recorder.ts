import type { ActivityType, AssigneeInput } from '@kontor/domain/activities';
import { foldGerman } from '@kontor/domain/normalize';
import type { Transaction } from 'kysely';
import { newId, nowIso } from '../../platform/db/ids.js';
import { insertInChunks } from '../../platform/db/insert-chunks.js';
import type { Database } from '../../platform/db/schema.js';
import type { ActivityEventView, EventBus } from '../../platform/events/bus.js';
import type { LiveEvent, LivePublisher } from '../../platform/live/types.js';
import { ActivityRepository, type RecordKey } from './repository.js';
import { plainText, sanitizeRichText } from './rich-text.js';

/** How much of an entry's text the full-text filter reads; longer notes are found by their start. */
const TEXT_KEY_LENGTH = 4000;

/** A new entry as any module records it (A1): by a person's hand or as a system entry. */
export interface RecordActivityInput {
  type: ActivityType;
  subject: string;
  /** Rich text; sanitised here whoever sends it. */
  body?: string | null;
  direction?: 'in' | 'out' | null;
  noteTypeId?: string | null;
  occurredAt?: string;
  status?: 'open' | 'done';
  dueAt?: string | null;
  assignee?: AssigneeInput | null;
  links: readonly RecordKey[];
  pinned?: boolean;
  /** For system entries: what happened (`quotation.sent`, `lead.converted`, …). */
  systemKey?: string | null;
  documentId?: string | null;
  /** Who wrote it; null for what a customer did (it then belongs to the whole company). */
  createdBy: string | null;
  /** Whose entry it is for visibility; defaults to the creator. */
  ownerId?: string | null;
}

/**
 * The one way entries come into being. Other modules call `record` inside their own transaction
 * for their system entries (status changes, documents sent, opened, ordered), so the entry exists
 * exactly when what it tells of does. Callers check permissions; this only writes.
 */
export class ActivityRecorder {
  constructor(
    private readonly events: EventBus,
    private readonly live: LivePublisher,
  ) {}

  async record(trx: Transaction<Database>, input: RecordActivityInput): Promise<string> {
    const [id] = await this.recordMany(trx, [input]);
    return id as string;
  }

  /**
   * Several entries in a handful of statements whatever their number: one insert for the
   * entries, one for their links, one live publish. Ids are taken in the order given, and
   * UUIDv7 ids of one process increase, so entries of the same instant keep that order on
   * timelines (which sort by date, then id). Returns the ids in the same order.
   */
  async recordMany(trx: Transaction<Database>, inputs: readonly RecordActivityInput[]): Promise<string[]> {
    if (inputs.length === 0) return [];
    const now = nowIso();
    const entries = inputs.map((input) => entryOf(input, now));
    await insertInChunks(
      trx,
      'activities',
      entries.map((entry) => entry.row),
    );
    await new ActivityRepository(trx).insertLinksOf(
      entries.map(({ row, view }) => ({
        activityId: row.id,
        occurredAt: row.occurred_at,
        pinned: row.pinned === 1,
        links: view.links,
      })),
    );
    // Per entry: the one subscriber (notifications) looks only at entries with an assignee or a
    // mention, so system entries cost it no statement.
    for (const { view, input } of entries) {
      await this.events.emit(trx, 'activity.saved', {
        activity: view,
        before: undefined,
        by: input.createdBy,
      });
    }
    await this.live.publish(
      trx,
      entries.map(({ view }) => liveEventOf('activity.created', view)),
    );
    return entries.map(({ row }) => row.id);
  }

  /** Tells other modules (in the transaction) and open browsers (after commit) that an entry changed. */
  async saved(
    trx: Transaction<Database>,
    topic: 'activity.created' | 'activity.changed',
    activity: ActivityEventView,
    before: ActivityEventView | undefined,
    by: string | null,
  ): Promise<void> {
    await this.events.emit(trx, 'activity.saved', { activity, before, by });
    await this.live.publish(trx, liveEventOf(topic, activity));
  }
}

/** The row and event view of a new entry; sanitises the body and fills the defaults. */
function entryOf(input: RecordActivityInput, now: string) {
  const id = newId();
  const body = sanitizeRichText(input.body);
  const status = input.status ?? 'done';
  const dueAt = instant(input.dueAt);
  const ownerId = input.ownerId === undefined ? input.createdBy : input.ownerId;
  const assignee =
    status === 'open'
      ? (input.assignee ?? (input.createdBy ? { userId: input.createdBy } : null))
      : input.assignee;
  const assigneeUserId = assignee && 'userId' in assignee ? assignee.userId : null;
  const assigneeTeamId = assignee && 'teamId' in assignee ? assignee.teamId : null;
  const row = {
    id,
    type: input.type,
    direction: input.direction ?? null,
    note_type_id: input.noteTypeId ?? null,
    subject: input.subject,
    subject_key: foldGerman(input.subject),
    text_key: textKey(input.subject, body),
    body,
    occurred_at: instant(input.occurredAt) ?? now,
    status,
    due_at: dueAt,
    assignee_user_id: assigneeUserId,
    assignee_team_id: assigneeTeamId,
    done_at: status === 'done' ? now : null,
    done_by: status === 'done' ? input.createdBy : null,
    pinned: Number(input.pinned ?? false),
    system_key: input.systemKey ?? null,
    document_id: input.documentId ?? null,
    owner_id: ownerId,
    created_by: input.createdBy,
    created_at: now,
    updated_at: now,
  };
  const view: ActivityEventView = {
    id,
    subject: input.subject,
    body,
    status,
    dueAt,
    assigneeUserId,
    assigneeTeamId,
    ownerId,
    links: input.links,
  };
  return { input, row, view };
}

/** An ISO instant in the one form every timestamp column stores (UTC, toISOString), so text order is time order. */
export function instant(value: string | null | undefined): string | null {
  return value ? new Date(value).toISOString() : null;
}

/** Folded subject and note text: what the overview's full-text filter searches. */
export function textKey(subject: string, body: string | null): string {
  return foldGerman(`${subject} ${plainText(body)}`).slice(0, TEXT_KEY_LENGTH);
}

/** Who may hear of an entry live: whoever may see it (its owner's visibility, its assignee). */
export function liveEventOf(topic: string, activity: ActivityEventView): LiveEvent {
  return {
    topic,
    audience: {
      kind: 'record',
      permission: 'activities.read',
      ownerId: activity.ownerId,
      userIds: activity.assigneeUserId ? [activity.assigneeUserId] : [],
      teamIds: activity.assigneeTeamId ? [activity.assigneeTeamId] : [],
    },
    data: {
      id: activity.id,
      links: activity.links.map((l) => ({ recordType: l.recordType, recordId: l.recordId })),
    },
  };
}
