import type { NotificationKind } from '@kontor/domain/notifications';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

// Rows per insert: 7 columns each stay far below both engines' limits on bound parameters.
const INSERT_CHUNK = 1000;

/** An entry the due check claimed: it is due and its assignee is now being told. */
export interface ClaimedEntry {
  id: string;
  owner_id: string | null;
  assignee_user_id: string | null;
  assignee_team_id: string | null;
  due_at: string | null;
}

export interface NewNotification {
  id: string;
  user_id: string;
  kind: NotificationKind;
  activity_id: string;
  about: string;
  actor_id: string | null;
  created_at: string;
}

/** A user who might be told, with what decides whether they may see an entry. */
export interface Candidate {
  id: string;
  permissions: string;
  visibility: string;
  /** Whether they are the entry's assignee or a member of its assignee team. */
  assignee: number;
  /** Whether a team of theirs has the entry's owner as a member. */
  teammate_of_owner: number;
}

export class NotificationRepository {
  constructor(private readonly db: Db) {}

  /**
   * Claims up to `limit` due entries not yet told, in one statement: the claim is the update
   * itself, so of several checks running at once (several server instances) each entry goes to
   * exactly one — PostgreSQL re-checks `due_notified_at is null` on a row another transaction
   * has just claimed and skips it; SQLite runs one writer at a time.
   */
  claimDue(now: string, limit: number): Promise<ClaimedEntry[]> {
    const pending = (table: 'activities' | 'pending') =>
      sql<boolean>`${sql.ref(`${table}.status`)} = 'open' and ${sql.ref(`${table}.deleted_at`)} is null and ${sql.ref(`${table}.due_notified_at`)} is null and ${sql.ref(`${table}.due_at`)} <= ${now}`;
    return this.db
      .updateTable('activities')
      .set({ due_notified_at: now })
      .where(pending('activities'))
      .where('activities.id', 'in', (eb) =>
        eb
          .selectFrom('activities as pending')
          .select('pending.id')
          .where(pending('pending'))
          .orderBy('pending.due_at')
          .limit(limit),
      )
      .returning(['id', 'owner_id', 'assignee_user_id', 'assignee_team_id', 'due_at'])
      .execute();
  }

  membersOf(teamIds: readonly string[]): Promise<{ team_id: string; user_id: string }[]> {
    if (teamIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('team_members')
      .select(['team_id', 'user_id'])
      .where('team_id', 'in', [...teamIds])
      .execute();
  }

  /** Active users by id with their role's permissions (JSON text). */
  permissionsOf(userIds: readonly string[]): Promise<{ id: string; permissions: string }[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('users')
      .innerJoin('roles', 'roles.key', 'users.role_key')
      .select(['users.id', 'roles.permissions'])
      .where('users.id', 'in', [...userIds])
      .where('users.active', '=', 1)
      .execute();
  }

  async teamMembers(teamId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('team_members')
      .select('user_id')
      .where('team_id', '=', teamId)
      .execute();
    return rows.map((row) => row.user_id);
  }

  /** Active users by id with their role's permissions and what relates them to an entry. */
  candidates(
    userIds: readonly string[],
    entry: { ownerId: string | null; assigneeUserId: string | null; assigneeTeamId: string | null },
  ): Promise<Candidate[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('users')
      .innerJoin('roles', 'roles.key', 'users.role_key')
      .select((eb) => [
        'users.id',
        'roles.permissions',
        'roles.visibility',
        eb
          .case()
          .when(
            eb.or([
              eb('users.id', '=', entry.assigneeUserId ?? ''),
              eb(
                'users.id',
                'in',
                eb
                  .selectFrom('team_members')
                  .select('user_id')
                  .where('team_id', '=', entry.assigneeTeamId ?? ''),
              ),
            ]),
          )
          .then(1)
          .else(0)
          .end()
          .as('assignee'),
        eb
          .case()
          .when(
            eb.exists(
              eb
                .selectFrom('team_members as mine')
                .innerJoin('team_members as theirs', 'theirs.team_id', 'mine.team_id')
                .select('mine.team_id')
                .whereRef('mine.user_id', '=', 'users.id')
                .where('theirs.user_id', '=', entry.ownerId ?? ''),
            ),
          )
          .then(1)
          .else(0)
          .end()
          .as('teammate_of_owner'),
      ])
      .where('users.id', 'in', [...userIds])
      .where('users.active', '=', 1)
      .execute();
  }

  /** Everyone who could be mentioned: the active users by name. */
  activeUsers(): Promise<{ id: string; name: string }[]> {
    return this.db.selectFrom('users').select(['id', 'name']).where('active', '=', 1).execute();
  }

  /**
   * Writes notifications of one kind; a due one that exists already stays as it is (told once per
   * due date), an assignment or mention told before comes back unread on top. Returns those written.
   */
  async insert(kind: NotificationKind, rows: readonly NewNotification[]) {
    const written: { id: string; user_id: string; activity_id: string }[] = [];
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      const chunk = await this.db
        .insertInto('notifications')
        .values(rows.slice(start, start + INSERT_CHUNK))
        .onConflict((oc) => {
          const key = oc.columns(['user_id', 'kind', 'activity_id', 'about']);
          return kind === 'due'
            ? key.doNothing()
            : key.doUpdateSet((eb) => ({
                created_at: eb.ref('excluded.created_at'),
                actor_id: eb.ref('excluded.actor_id'),
                read_at: null,
              }));
        })
        .returning(['id', 'user_id', 'activity_id'])
        .execute();
      written.push(...chunk);
    }
    return written;
  }

  /** The caller's notifications of entries they (still) may see, newest first, one page. */
  page(
    principal: Principal,
    options: { unread: boolean; after?: { createdAt: string; id: string }; limit: number },
  ) {
    return this.visible(principal)
      .leftJoin('users as actor', 'actor.id', 'notifications.actor_id')
      .select([
        'notifications.id',
        'notifications.kind',
        'notifications.activity_id',
        'notifications.about',
        'notifications.created_at',
        'notifications.read_at',
        'activities.subject',
        'actor.name as actor_name',
      ])
      .$if(options.unread, (qb) => qb.where('notifications.read_at', 'is', null))
      .$if(options.after !== undefined, (qb) => {
        const after = options.after as { createdAt: string; id: string };
        return qb.where((eb) =>
          eb.or([
            eb('notifications.created_at', '<', after.createdAt),
            eb.and([
              eb('notifications.created_at', '=', after.createdAt),
              eb('notifications.id', '<', after.id),
            ]),
          ]),
        );
      })
      .orderBy('notifications.created_at', 'desc')
      .orderBy('notifications.id', 'desc')
      .limit(options.limit)
      .execute();
  }

  /** How many of the caller's notifications are unread, counted up to `cap`. */
  async unreadCount(principal: Principal, cap: number): Promise<number> {
    // Counting stops at the cap: the bell shows "99+" beyond it, and a user with thousands of
    // overdue entries must not make every page load count them all.
    const unread = this.visible(principal)
      .select('notifications.id')
      .where('notifications.read_at', 'is', null)
      .limit(cap)
      .as('unread');
    const row = await this.db
      .selectFrom(unread)
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** The entries' links in a fixed order, so "the first linked record" is the same every time. */
  links(activityIds: readonly string[]) {
    if (activityIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('activity_links')
      .select(['activity_id', 'record_type', 'record_id'])
      .where('activity_id', 'in', [...activityIds])
      .orderBy('activity_id')
      .orderBy('record_type')
      .orderBy('record_id')
      .execute();
  }

  /** Marks one of the user's notifications read; false when they have none by that id. */
  async markRead(userId: string, id: string, now: string): Promise<boolean> {
    const owned = await this.db
      .selectFrom('notifications')
      .select('id')
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!owned) return false;
    await this.db
      .updateTable('notifications')
      .set({ read_at: now })
      .where('id', '=', id)
      .where('read_at', 'is', null)
      .execute();
    return true;
  }

  async markAllRead(userId: string, now: string): Promise<number> {
    const result = await this.db
      .updateTable('notifications')
      .set({ read_at: now })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /**
   * The caller's notifications whose entry exists and they may still see (their visibility of
   * its owner, or they are its assignee): a notification never outlives the right to read it.
   */
  private visible(principal: Principal) {
    return this.db
      .selectFrom('notifications')
      .innerJoin('activities', 'activities.id', 'notifications.activity_id')
      .where('notifications.user_id', '=', principal.userId)
      .where('activities.deleted_at', 'is', null)
      .where((eb) =>
        eb.or([
          visibleTo(principal, 'activities.owner_id'),
          eb('activities.assignee_user_id', '=', principal.userId),
          ...(principal.teamIds.length > 0
            ? [eb('activities.assignee_team_id', 'in', [...principal.teamIds])]
            : []),
        ]),
      );
  }
}
