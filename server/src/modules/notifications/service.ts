import { mentionedUserIds } from '@kontor/domain/mentions';
import {
  type Notification,
  type NotificationKind,
  type NotificationPage,
  UNREAD_COUNT_CAP,
} from '@kontor/domain/notifications';
import { hasPermission } from '@kontor/domain/permissions';
import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { newId } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
import type { ActivityEventView, DomainEvents, EventBus } from '../../platform/events/bus.js';
import { notFound } from '../../platform/http/problem.js';
import { decodeCursor, encodeCursor } from '../../platform/lists/cursor.js';
import type { LivePublisher } from '../../platform/live/types.js';
import type { RecordDirectory } from '../../platform/records/record-directory.js';
import { assignees, dueRecipients, type EntryAudience, mayBeTold } from './recipients.js';
import { type NewNotification, NotificationRepository } from './repository.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The instance's notifications, for tests that run the due check themselves. */
    notifications: NotificationService;
  }
}

/** Due entries claimed per transaction: a backlog is told in batches, never in one huge write. */
const DUE_BATCH = 200;

/**
 * Notifications (X7): follow-ups falling due, assignments and mentions, each told once to the
 * users it concerns and allowed to see the entry, pushed live to their open browsers.
 */
export class NotificationService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly records: RecordDirectory,
    private readonly live: LivePublisher,
  ) {}

  subscribe(events: EventBus): void {
    events.on('activity.saved', (trx, event) => this.onActivitySaved(trx, event));
  }

  /**
   * Tells the assignees of every entry due by `now` that has not been told yet, and returns how
   * many entries this call claimed. Safe to run at once on several server instances: each entry
   * is claimed, and so told, by exactly one of them.
   */
  async checkDue(now: Date = new Date()): Promise<number> {
    const at = now.toISOString();
    let claimed = 0;
    for (;;) {
      const batch = await this.db.transaction().execute(async (trx) => {
        const repository = new NotificationRepository(trx);
        const entries = await repository.claimDue(at, DUE_BATCH);
        // One look-up of teams and readers for the whole batch, one insert for its notifications.
        const recipients = await dueRecipients(repository, entries);
        await this.tell(
          trx,
          'due',
          entries.flatMap((entry) =>
            (recipients.get(entry.id) ?? []).map((userId) =>
              notification(userId, 'due', entry.id, entry.due_at ?? '', null, at),
            ),
          ),
        );
        return entries.length;
      });
      claimed += batch;
      if (batch < DUE_BATCH) return claimed;
    }
  }

  async list(
    principal: Principal,
    query: { unread: boolean; cursor?: string; limit: number },
  ): Promise<NotificationPage> {
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    if (!mayRead(principal)) return { items: [], nextCursor: null };
    const repository = new NotificationRepository(this.db);
    const rows = await repository.page(principal, {
      unread: query.unread,
      after: after && { createdAt: String(after.sortValue), id: after.id },
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    const records = await this.firstVisibleRecords(
      repository,
      principal,
      page.map((row) => row.activity_id),
    );
    const last = page.at(-1);
    return {
      items: page.map(
        (row): Notification => ({
          id: row.id,
          kind: row.kind as NotificationKind,
          activityId: row.activity_id,
          subject: row.subject,
          dueAt: row.kind === 'due' && row.about !== '' ? row.about : null,
          record: records.get(row.activity_id) ?? null,
          actorName: row.actor_name,
          createdAt: row.created_at,
          read: row.read_at !== null,
        }),
      ),
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.created_at, last.id) : null,
    };
  }

  async unreadCount(principal: Principal): Promise<number> {
    if (!mayRead(principal)) return 0;
    return new NotificationRepository(this.db).unreadCount(principal, UNREAD_COUNT_CAP);
  }

  async markRead(principal: Principal, id: string): Promise<void> {
    const found = await new NotificationRepository(this.db).markRead(
      principal.userId,
      id,
      new Date().toISOString(),
    );
    if (!found) throw notFound('notification-not-found');
  }

  markAllRead(principal: Principal): Promise<number> {
    return new NotificationRepository(this.db).markAllRead(principal.userId, new Date().toISOString());
  }

  /** A new assignee is told unless they assigned it themselves; newly mentioned users are told. */
  private async onActivitySaved(trx: Transaction<Database>, event: DomainEvents['activity.saved']) {
    const { activity, before, by } = event;
    const repository = new NotificationRepository(trx);
    const audience = audienceOf(activity);
    const at = new Date().toISOString();
    if (activity.status === 'open' && assigneeChanged(activity, before)) {
      const told = (await assignees(repository, audience)).filter((userId) => userId !== by);
      const users = await mayBeTold(repository, audience, told);
      await this.tell(
        trx,
        'assigned',
        users.map((userId) => notification(userId, 'assigned', activity.id, '', by, at)),
      );
    }
    if (activity.body?.includes('@') || activity.body?.includes('data-mention')) {
      const people = await repository.activeUsers();
      const already = mentionedUserIds(before?.body, people);
      const mentioned = [...mentionedUserIds(activity.body, people)].filter(
        (userId) => !already.has(userId) && userId !== by,
      );
      const users = await mayBeTold(repository, audience, mentioned);
      await this.tell(
        trx,
        'mention',
        users.map((userId) => notification(userId, 'mention', activity.id, '', by, at)),
      );
    }
  }

  /** Writes notifications of one kind and announces each one written live to its user. */
  private async tell(
    trx: Transaction<Database>,
    kind: NotificationKind,
    rows: NewNotification[],
  ): Promise<void> {
    const written = await new NotificationRepository(trx).insert(kind, rows);
    await this.live.publish(
      trx,
      written.map((row) => ({
        topic: 'notification.created',
        audience: { kind: 'user', userId: row.user_id },
        data: { id: row.id, kind, activityId: row.activity_id },
      })),
    );
  }

  /** Per entry, its first linked record the reader may see, with its name. */
  private async firstVisibleRecords(
    repository: NotificationRepository,
    principal: Principal,
    activityIds: readonly string[],
  ): Promise<Map<string, { type: string; id: string; name: string }>> {
    const links = await repository.links([...new Set(activityIds)]);
    const idsByType = new Map<string, string[]>();
    for (const link of links)
      idsByType.set(link.record_type, [...(idsByType.get(link.record_type) ?? []), link.record_id]);
    const names = new Map<string, string>();
    for (const [type, ids] of idsByType) {
      const linkable = this.records.get(type);
      if (!linkable || !this.records.permits(principal, type, 'read')) continue;
      for (const [id, name] of await linkable.visibleNames(this.db, principal, [...new Set(ids)])) {
        names.set(`${type}:${id}`, name);
      }
    }
    const first = new Map<string, { type: string; id: string; name: string }>();
    for (const link of links) {
      const name = names.get(`${link.record_type}:${link.record_id}`);
      if (name !== undefined && !first.has(link.activity_id)) {
        first.set(link.activity_id, { type: link.record_type, id: link.record_id, name });
      }
    }
    return first;
  }
}

/** Notifications show entries' subjects: whoever may no longer read entries sees none of them. */
function mayRead(principal: Principal): boolean {
  return hasPermission(principal.permissions, 'activities.read');
}

function notification(
  userId: string,
  kind: NotificationKind,
  activityId: string,
  about: string,
  actorId: string | null,
  at: string,
): NewNotification {
  return {
    id: newId(),
    user_id: userId,
    kind,
    activity_id: activityId,
    about,
    actor_id: actorId,
    created_at: at,
  };
}

function audienceOf(activity: ActivityEventView): EntryAudience {
  return {
    ownerId: activity.ownerId,
    assigneeUserId: activity.assigneeUserId,
    assigneeTeamId: activity.assigneeTeamId,
  };
}

function assigneeChanged(activity: ActivityEventView, before: ActivityEventView | undefined): boolean {
  if (!activity.assigneeUserId && !activity.assigneeTeamId) return false;
  return (
    !before ||
    before.assigneeUserId !== activity.assigneeUserId ||
    before.assigneeTeamId !== activity.assigneeTeamId
  );
}
