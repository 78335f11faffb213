import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { Database } from '../../platform/db/schema.js';

/** A half-open range of instants (UTC ISO text, as datetime columns store them). */
export interface InstantRange {
  from: string;
  to: string;
}

/** Sums and counts come back as text from PostgreSQL (bigint, numeric) and as numbers from SQLite. */
const whole = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/**
 * The dashboard's aggregates: a few indexed aggregate queries, each over the rows the principal may
 * see, so the figures match the lists they link to.
 */
export class DashboardRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Open follow-ups assigned to the user or one of their teams (as "Meine Wiedervorlagen" shows
   * them), due before `today.from` (overdue) and within today. An entry is assigned to a user or
   * to a team, never both, so the two counts add up; counted apart, each reads its own partial
   * index (activities_open_user_idx / activities_open_team_idx: assignee, due_at, id where open
   * and not deleted) — one OR across both would make SQLite read every open entry due so far.
   * Entries assigned to a user or their team are visible to them whatever their owner
   * (activityVisibleTo), so no owner predicate is needed.
   */
  async followUpCounts(
    principal: Principal,
    today: InstantRange,
  ): Promise<{ overdue: number; today: number }> {
    const [mine, teams] = await Promise.all([
      this.dueCounts('activities.assignee_user_id', [principal.userId], today),
      this.dueCounts('activities.assignee_team_id', principal.teamIds, today),
    ]);
    return { overdue: mine.overdue + teams.overdue, today: mine.today + teams.today };
  }

  private async dueCounts(
    assignee: 'activities.assignee_user_id' | 'activities.assignee_team_id',
    ids: readonly string[],
    today: InstantRange,
  ): Promise<{ overdue: number; today: number }> {
    if (ids.length === 0) return { overdue: 0, today: 0 };
    const row = await this.db
      .selectFrom('activities')
      .select([
        sql<number | string | null>`sum(case when activities.due_at < ${today.from} then 1 else 0 end)`.as(
          'overdue',
        ),
        sql<number | string | null>`sum(case when activities.due_at >= ${today.from} then 1 else 0 end)`.as(
          'today',
        ),
      ])
      .where(assignee, 'in', [...ids])
      .where('activities.deleted_at', 'is', null)
      .where('activities.status', '=', 'open')
      .where('activities.due_at', '<', today.to)
      .executeTakeFirst();
    return { overdue: whole(row?.overdue), today: whole(row?.today) };
  }

  /**
   * The user's own opportunities in these statuses, from the board's summary table (kept exactly
   * in step with the opportunities by triggers, migration 0018, weighted as the board and the
   * pipeline report weigh): a few rows per stage and status, whatever the number of opportunities.
   */
  async ownOpportunityTotals(principal: Principal, statuses: readonly string[]) {
    const row = await this.db
      .selectFrom('opportunity_stage_totals')
      .select([
        sql<number | string | null>`sum(count)`.as('count'),
        sql<number | string | null>`sum(expected_revenue_cents)`.as('amount'),
        sql<number | string | null>`sum(weighted_revenue_cents)`.as('weighted'),
      ])
      .where('owner_key', '=', principal.userId)
      .where('status', 'in', [...statuses])
      .where(visibleTo(principal, 'opportunity_stage_totals.owner_id'))
      .executeTakeFirst();
    return { count: whole(row?.count), amountCents: whole(row?.amount), weightedCents: whole(row?.weighted) };
  }

  /**
   * Net cents of the visible orders in these statuses booked within `last` and within `current`
   * (adjacent ranges, `last` first), from one range read of sales_orders_booked_idx (booked_at,
   * status). SQLite keeps no statistics and would rather read all of a user's orders through
   * sales_orders_owner_idx (visibility) or nearly all orders through sales_orders_status_idx, so
   * the two months' orders are read first (a materialised CTE, on both engines) and only then
   * filtered by status and visibility.
   */
  async bookedRevenue(
    principal: Principal,
    statuses: readonly string[],
    last: InstantRange,
    current: InstantRange,
  ): Promise<{ last: number; current: number }> {
    const sumBooked = (when: RawBuilder<boolean>) =>
      sql<number | string | null>`sum(case when ${when} then booked.net_cents else 0 end)`;
    const row = await this.db
      .with(
        (cte) => cte('booked').materialized(),
        (db) =>
          db
            .selectFrom('sales_orders')
            .select(['owner_id', 'status', 'booked_at', 'net_cents'])
            .where('booked_at', '>=', last.from)
            .where('booked_at', '<', current.to),
      )
      .selectFrom('booked')
      .select([
        sumBooked(sql<boolean>`booked.booked_at < ${current.from}`).as('last'),
        sumBooked(sql<boolean>`booked.booked_at >= ${current.from}`).as('current'),
      ])
      .where('booked.status', 'in', [...statuses])
      .where(visibleTo(principal, 'booked.owner_id'))
      .executeTakeFirst();
    return { last: whole(row?.last), current: whole(row?.current) };
  }

  /** The user's name, as the lists' owner filter matches it. */
  async userName(userId: string): Promise<string | null> {
    const row = await this.db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst();
    return row?.name ?? null;
  }
}
