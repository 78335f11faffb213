import { isoDay } from '@kontor/domain/filter/calendar';
import { dayIn } from '@kontor/domain/filter/time-zone';
import { OPPORTUNITY_STATUS_LABELS, OPPORTUNITY_STATUSES } from '@kontor/domain/sales-status';
import { sql } from 'kysely';
import { ACTIVE_PIPELINE } from '../opportunities/board-statuses.js';
import { OPPORTUNITY_COLUMNS } from '../opportunities/columns.js';
import type { GroupedSpec, ServerReport } from './definition.js';
import { anyOf, exactly } from './drill.js';
import { groupedReport } from './grouped.js';
import { namesFrom, optionLabels } from './labels.js';
import {
  OPPORTUNITY_DIMENSION_DEFS as DIMENSION,
  OPPORTUNITY_DIMENSIONS,
  OPPORTUNITY_FILTERS,
  opportunityJoinOfFilter,
  visibleOpportunities,
} from './opportunity-dimensions.js';
import { formatDay, type Period } from './periods.js';

/** The join of an opportunity's lost reasons: one row per reason it names (see the dimension). */
const LOST_REASONS = 'lostReasons';

const STATUS_OPTIONS = OPPORTUNITY_STATUSES.map((value) => ({
  value,
  label: OPPORTUNITY_STATUS_LABELS[value],
}));

const inList = (values: readonly string[]) => sql.join(values.map((value) => sql`${value}`));
const isOpen = sql<boolean>`opportunities.status in (${inList(ACTIVE_PIPELINE)})`;
const countWhere = (condition: ReturnType<typeof sql<boolean>>) =>
  sql<number | string>`sum(case when ${condition} then 1 else 0 end)`;
const converted = countWhere(sql<boolean>`opportunities.status = 'converted'`);
const lost = countWhere(sql<boolean>`opportunities.status = 'lost'`);

/**
 * R5 Opportunity analysis ("Chancenanalyse"): the visible opportunities created in the period
 * (all of them without one) with expected revenue, planned cost, how many are overdue, converted
 * and lost, and the win rate, by owner, team, stage, source, campaign, status, lost reason or
 * month of creation.
 *
 * Definitions: *overdue* is still being worked on (the board's active pipeline: open, replied,
 * quotation) with an expected close date before today in Berlin; *converted* is the status an
 * opportunity takes when its order is booked (S5); the *win rate* is converted ÷ (converted +
 * lost) — closed ones without an order and those still open do not count either way.
 *
 * By lost reason, a row holds the opportunities that name the reason: one naming two reasons
 * is in both rows, so the rows add up to more than the totals, which count every opportunity
 * once; the row "Ohne Angabe" holds those without a reason (every one not lost). No list filters
 * opportunities by lost reason, so those rows have no drill-down.
 */
const DEF: GroupedSpec['def'] = {
  name: 'opportunities',
  title: { de: 'Chancenanalyse', en: 'Opportunity analysis' },
  description: {
    de: 'Erwarteter Umsatz, geplante Kosten, überfällige, umgewandelte und verlorene Chancen mit Gewinnquote und Verlustgründen.',
    en: 'Expected revenue, planned cost, overdue, converted and lost opportunities with win rate and lost reasons.',
  },
  record: 'opportunity',
  measures: [
    { key: 'count', label: { de: 'Anzahl', en: 'Count' }, kind: 'count' },
    { key: 'expectedRevenue', label: { de: 'Erwarteter Umsatz', en: 'Expected revenue' }, kind: 'money' },
    { key: 'plannedCost', label: { de: 'Geplante Kosten', en: 'Planned cost' }, kind: 'money' },
    { key: 'overdue', label: { de: 'Überfällig', en: 'Overdue' }, kind: 'count' },
    { key: 'converted', label: { de: 'Umgewandelt', en: 'Converted' }, kind: 'count' },
    { key: 'lost', label: { de: 'Verloren', en: 'Lost' }, kind: 'count' },
    { key: 'winRate', label: { de: 'Gewinnquote', en: 'Win rate' }, kind: 'percent' },
  ],
  dimensions: [
    DIMENSION.owner,
    DIMENSION.team,
    DIMENSION.stage,
    DIMENSION.source,
    DIMENSION.campaign,
    { key: 'status', label: { de: 'Status', en: 'Status' }, kind: 'enum' },
    { key: 'lostReason', label: { de: 'Verlustgrund', en: 'Lost reason' }, kind: 'record' },
    { key: 'created', label: { de: 'Angelegt', en: 'Created' }, kind: 'period' },
  ],
  filters: OPPORTUNITY_FILTERS,
  periodField: { de: 'Angelegt', en: 'Created' },
  charts: ['bar', 'stacked-bar', 'pie'],
  defaults: {
    groupBy: ['owner'],
    measures: ['count', 'expectedRevenue', 'converted', 'lost', 'winRate'],
    sort: null,
    chart: 'bar',
    grain: 'month',
    period: null,
  },
};

/** The analysis as of a Berlin day: "overdue" means an expected close date before it. */
function specOn(today: Period['from']): GroupedSpec {
  const statusIs = (status: 'converted' | 'lost') => (context: { language: 'de' | 'en' }) => ({
    status: exactly(OPPORTUNITY_STATUS_LABELS[status][context.language]),
  });
  return {
    def: DEF,
    permissions: ['opportunities.read'],
    list: 'opportunity',
    columns: OPPORTUNITY_COLUMNS,
    base: (context, joins) => {
      const query = visibleOpportunities(context, joins);
      return joins.has(LOST_REASONS)
        ? query.leftJoin(
            'opportunity_lost_reasons as lost_reason',
            'lost_reason.opportunity_id',
            'opportunities.id',
          )
        : query;
    },
    joinsOfFilter: opportunityJoinOfFilter,
    periodColumn: { sql: sql`opportunities.created_at`, kind: 'datetime', filterKey: 'createdAt' },
    measures: [
      { key: 'count', aggregate: sql`count(*)`, drills: true, additive: true },
      {
        key: 'expectedRevenue',
        aggregate: sql`sum(opportunities.expected_revenue_cents)`,
        drills: true,
        additive: true,
      },
      // Those without a planned cost add nothing; the drill-down shows all the sum went over.
      {
        key: 'plannedCost',
        aggregate: sql`sum(opportunities.planned_cost_cents)`,
        drills: true,
        additive: true,
      },
      {
        key: 'overdue',
        aggregate: countWhere(
          sql<boolean>`${isOpen} and opportunities.expected_close_date < ${isoDay(today)}`,
        ),
        drills: true,
        additive: true,
        narrows: (context) => ({
          status: anyOf(ACTIVE_PIPELINE.map((s) => OPPORTUNITY_STATUS_LABELS[s][context.language])),
          expectedCloseDate: `<${formatDay(today, context.language)}`,
        }),
      },
      {
        key: 'converted',
        aggregate: converted,
        drills: true,
        additive: true,
        narrows: statusIs('converted'),
      },
      { key: 'lost', aggregate: lost, drills: true, additive: true, narrows: statusIs('lost') },
      {
        key: 'winRate',
        aggregate: sql`(${converted} * 100.0 / nullif(${converted} + ${lost}, 0))`,
        drills: false,
      },
    ],
    dimensions: [
      OPPORTUNITY_DIMENSIONS.owner,
      OPPORTUNITY_DIMENSIONS.team,
      OPPORTUNITY_DIMENSIONS.stage,
      OPPORTUNITY_DIMENSIONS.source,
      OPPORTUNITY_DIMENSIONS.campaign,
      {
        key: 'status',
        group: sql`opportunities.status`,
        labels: optionLabels(STATUS_OPTIONS),
        drill: (_value, label) => ({ status: exactly(label) }),
      },
      {
        key: 'lostReason',
        group: sql`lost_reason.lost_reason_id`,
        joins: [LOST_REASONS],
        splitsRows: true,
        labels: namesFrom('lost_reasons'),
        drill: () => null,
      },
    ],
  };
}

export const opportunityAnalysisReport: ServerReport = {
  def: DEF,
  permissions: ['opportunities.read'],
  // Today in Berlin, taken once per request, so figures and drill-downs agree on it.
  compute: (context) => groupedReport(specOn(dayIn(new Date(), 'Europe/Berlin'))).compute(context),
};
