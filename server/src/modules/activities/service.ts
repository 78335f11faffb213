import {
  ACTIVITY,
  type Activity,
  type createActivitySchema,
  FOLLOW_UP_GROUP_SIZE,
  type FollowUps,
  TIMELINE_SIZE,
  type Timeline,
  type updateActivitySchema,
} from '@kontor/domain/activities';
import type { ListQuery } from '@kontor/domain/fields';
import { addDays } from '@kontor/domain/filter/calendar';
import { dayIn, startOfDayUtc } from '@kontor/domain/filter/time-zone';
import type { FieldChange } from '@kontor/domain/history';
import { foldGerman } from '@kontor/domain/normalize';
import type { Language } from '@kontor/domain/users';
import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import { afterWriting } from '../../platform/auth/visibility.js';
import type { Engine } from '../../platform/db/connection.js';
import type { Database } from '../../platform/db/schema.js';
import { listFieldChanges } from '../../platform/history/field-history.js';
import { notFound } from '../../platform/http/problem.js';
import { type ListRequest, runList } from '../../platform/lists/run-list.js';
import type { RecordDirectory } from '../../platform/records/record-directory.js';
import { changeActivity } from './change.js';
import { ACTIVITY_COLUMNS } from './columns.js';
import { type ActivityRow, toActivities } from './mapping.js';
import type { ActivityRecorder } from './recorder.js';
import { textKey } from './recorder.js';
import { ActivityRepository, activityVisibleTo } from './repository.js';
import { sanitizeRichText } from './rich-text.js';
import { linkedToAny, newestLinked, timelineKeys } from './timeline.js';
import { checkAssignee, checkDirection, checkDue, checkLinks, checkNoteType } from './validation.js';

type Db = Kysely<Database> | Transaction<Database>;
type CreateInput = z.output<typeof createActivitySchema>;
type UpdateInput = z.output<typeof updateActivitySchema>;

/** Where "today" begins and ends for follow-ups: the company's time zone, not the server's. */
const TIME_ZONE = 'Europe/Berlin';

/** Entries (A1–A7): recording, changing, timelines, the overview and follow-ups. */
export class ActivityService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly records: RecordDirectory,
    readonly recorder: ActivityRecorder,
  ) {}

  /** The CRM overview (A7): every entry the principal may see, newest first by default. */
  async list(principal: Principal, query: ListQuery, language: Language) {
    const base = new ActivityRepository(this.db).visible(principal, language);
    return this.page(principal, base, query, language);
  }

  /** Every entry of a record's timeline ("alle anzeigen"), with the overview's filters and sorts. */
  async listOfRecord(
    principal: Principal,
    recordType: string,
    recordId: string,
    query: ListQuery,
    language: Language,
  ) {
    const keys = await this.recordKeys(principal, recordType, recordId);
    const base = new ActivityRepository(this.db)
      .visible(principal, language)
      .where((eb) =>
        eb(
          'activities.id',
          'in',
          eb
            .selectFrom('activity_links as l')
            .select('l.activity_id')
            .where('l.deleted', '=', 0)
            .where(linkedToAny(keys)),
        ),
      );
    return this.page(principal, base, query, language);
  }

  /** Soft-deleted entries, for an admin to restore (X4). */
  async deleted(principal: Principal, query: ListQuery, language: Language) {
    const base = new ActivityRepository(this.db)
      .withNames(language)
      .where('activities.deleted_at', 'is not', null)
      .where(activityVisibleTo(principal));
    return this.page(principal, base, query, language);
  }

  private async page(
    principal: Principal,
    base: ReturnType<ActivityRepository['withNames']>,
    query: ListQuery,
    language: Language,
  ) {
    const request: ListRequest = {
      record: ACTIVITY,
      columns: ACTIVITY_COLUMNS,
      idColumn: 'activities.id',
      query,
      engine: this.engine,
      language,
    };
    const { rows, nextCursor } = await runList<ActivityRow>(base, request);
    return { items: await toActivities(this.db, this.records, principal, rows), nextCursor };
  }

  async get(principal: Principal, id: string, language: Language, db: Db = this.db): Promise<Activity> {
    const row = await new ActivityRepository(db)
      .withNames(language)
      .where('activities.id', '=', id)
      .where(activityVisibleTo(principal))
      .executeTakeFirst();
    // A deleted entry is shown to those who may restore it, to nobody else.
    if (!row || (row.deleted_at !== null && !principal.permissions.includes('activities.restore')))
      throw notFound('activity-not-found');
    const [activity] = await toActivities(db, this.records, principal, [row]);
    if (!activity) throw notFound('activity-not-found');
    return activity;
  }

  /** A record's timeline (A5, A6): the 10 newest pinned entries on top, then the 10 newest others. */
  async timeline(
    principal: Principal,
    recordType: string,
    recordId: string,
    language: Language,
  ): Promise<Timeline> {
    const keys = await this.recordKeys(principal, recordType, recordId);
    const { pinned: pinnedIds, recent: recentIds } = await newestLinked(
      this.db,
      this.engine,
      principal,
      keys,
    );
    const shown = [...pinnedIds.slice(0, TIMELINE_SIZE), ...recentIds.slice(0, TIMELINE_SIZE)];
    const rows =
      shown.length === 0
        ? []
        : await new ActivityRepository(this.db)
            .withNames(language)
            .where('activities.id', 'in', shown)
            .execute();
    const byId = new Map((await toActivities(this.db, this.records, principal, rows)).map((a) => [a.id, a]));
    const inOrder = (ids: string[]) =>
      ids.slice(0, TIMELINE_SIZE).flatMap((id) => {
        const activity = byId.get(id);
        return activity ? [activity] : [];
      });
    return {
      pinned: inOrder(pinnedIds),
      recent: inOrder(recentIds),
      hasMore: pinnedIds.length > TIMELINE_SIZE || recentIds.length > TIMELINE_SIZE,
    };
  }

  /** The keys a record's timeline reads; a record the principal may not see is not found. */
  private async recordKeys(principal: Principal, recordType: string, recordId: string) {
    const linkable = this.records.get(recordType);
    if (!linkable || !principal.permissions.includes(linkable.read)) throw notFound('record-not-found');
    const names = await linkable.visibleNames(this.db, principal, [recordId]);
    if (!names.has(recordId)) throw notFound('record-not-found');
    return timelineKeys(this.db, recordType, recordId);
  }

  /** "Meine Wiedervorlagen" (A2): open entries of the principal and their teams, by due date. */
  async followUps(
    principal: Principal,
    scope: 'mine' | 'teams' | 'all',
    language: Language,
    now = new Date(),
  ): Promise<FollowUps> {
    const today = dayIn(now, TIME_ZONE);
    const todayStart = startOfDayUtc(today, TIME_ZONE);
    const tomorrowStart = startOfDayUtc(addDays(today, 1), TIME_ZONE);
    // One more than shown per group, to tell whether it has more.
    const group = (from: string | null, to: string | null) => {
      let query = new ActivityRepository(this.db)
        .withNames(language)
        .where('activities.deleted_at', 'is', null)
        .where('activities.status', '=', 'open')
        .where('activities.due_at', 'is not', null)
        .where((eb) => {
          const mine = eb('activities.assignee_user_id', '=', principal.userId);
          const teams =
            principal.teamIds.length > 0
              ? eb('activities.assignee_team_id', 'in', [...principal.teamIds])
              : null;
          if (scope === 'mine' || !teams) return scope === 'teams' ? eb.val(false) : mine;
          return scope === 'teams' ? teams : eb.or([mine, teams]);
        });
      if (from) query = query.where('activities.due_at', '>=', from);
      if (to) query = query.where('activities.due_at', '<', to);
      return query
        .orderBy('activities.due_at')
        .orderBy('activities.id')
        .limit(FOLLOW_UP_GROUP_SIZE + 1)
        .execute();
    };
    const groups = await Promise.all([
      group(null, todayStart),
      group(todayStart, tomorrowStart),
      group(tomorrowStart, null),
    ]);
    // The three groups' links and names in one go.
    const shown = groups.map((rows) => rows.slice(0, FOLLOW_UP_GROUP_SIZE));
    const byId = new Map(
      (await toActivities(this.db, this.records, principal, shown.flat())).map((a) => [a.id, a]),
    );
    const [overdue = [], dueToday = [], upcoming = []] = shown.map((rows) =>
      rows.flatMap((row) => byId.get(row.id) ?? []),
    );
    const [moreOverdue, moreToday, moreUpcoming] = groups.map((rows) => rows.length > FOLLOW_UP_GROUP_SIZE);
    return {
      overdue,
      today: dueToday,
      upcoming,
      more: { overdue: moreOverdue === true, today: moreToday === true, upcoming: moreUpcoming === true },
    };
  }

  async history(principal: Principal, id: string, language: Language): Promise<FieldChange[]> {
    await this.get(principal, id, language);
    return listFieldChanges(this.db, 'activity', id);
  }

  async create(principal: Principal, input: CreateInput, language: Language): Promise<Activity> {
    checkDirection(input.type, input.direction);
    checkDue(input.status, input.dueAt);
    const id = await this.db.transaction().execute(async (trx) => {
      await checkLinks(trx, this.records, principal, input.links);
      await checkAssignee(trx, input.assignee);
      await checkNoteType(trx, input.noteTypeId);
      return this.recorder.record(trx, { ...input, createdBy: principal.userId });
    });
    return this.get(afterWriting(principal), id, language);
  }

  async update(principal: Principal, id: string, input: UpdateInput, language: Language): Promise<Activity> {
    await this.db.transaction().execute(async (trx) => {
      if (input.links) await checkLinks(trx, this.records, principal, input.links);
      await checkNoteType(trx, input.noteTypeId);
      await changeActivity(
        trx,
        this.recorder,
        principal,
        {
          id,
          version: input.version,
          links: input.links,
          build: (row) => {
            checkDirection(row.type as Activity['type'], input.direction);
            const subject = input.subject ?? row.subject;
            const body = input.body === undefined ? row.body : sanitizeRichText(input.body);
            return {
              ...(input.direction !== undefined ? { direction: input.direction } : {}),
              ...(input.noteTypeId !== undefined ? { note_type_id: input.noteTypeId } : {}),
              ...(input.occurredAt !== undefined
                ? { occurred_at: new Date(input.occurredAt).toISOString() }
                : {}),
              subject,
              subject_key: foldGerman(subject),
              body,
              text_key: textKey(subject, body),
            };
          },
        },
        language,
      );
    });
    return this.get(afterWriting(principal), id, language);
  }
}
