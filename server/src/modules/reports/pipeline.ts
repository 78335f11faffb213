import { OPPORTUNITY_STATUS_LABELS } from '@kontor/domain/sales-status';
import { sql } from 'kysely';
import { ACTIVE_PIPELINE } from '../opportunities/board-statuses.js';
import { OPPORTUNITY_COLUMNS } from '../opportunities/columns.js';
import { effectiveProbability, weightedRevenue } from '../opportunities/repository.js';
import type { GroupedSpec } from './definition.js';
import { anyOf } from './drill.js';
import { groupedReport } from './grouped.js';
import {
  OPPORTUNITY_DIMENSION_DEFS as DIMENSION,
  OPPORTUNITY_DIMENSIONS as GROUPING,
  OPPORTUNITY_FILTERS,
  opportunityJoinOfFilter,
  visibleOpportunities,
} from './opportunity-dimensions.js';

/**
 * R2 Sales pipeline ("Vertriebspipeline"): the open opportunities (the board's active pipeline)
 * with their expected and weighted revenue, by stage, owner, team, expected close month, source
 * or campaign. It is "now": without a period; from/to, when given, bound the expected close date.
 */
const spec: GroupedSpec = {
  def: {
    name: 'pipeline',
    title: { de: 'Vertriebspipeline', en: 'Sales pipeline' },
    description: {
      de: 'Offene Chancen mit erwartetem und gewichtetem Umsatz nach Phase, Betreuer, Team und erwartetem Abschluss.',
      en: 'Open opportunities with expected and weighted revenue by stage, owner, team and expected close.',
    },
    record: 'opportunity',
    measures: [
      { key: 'count', label: { de: 'Anzahl', en: 'Count' }, kind: 'count' },
      { key: 'amount', label: { de: 'Erwarteter Umsatz', en: 'Expected revenue' }, kind: 'money' },
      { key: 'weighted', label: { de: 'Gewichteter Umsatz', en: 'Weighted revenue' }, kind: 'money' },
      {
        key: 'probability',
        label: { de: 'Ø Wahrscheinlichkeit', en: 'Avg. probability' },
        kind: 'percent',
      },
    ],
    dimensions: [
      DIMENSION.stage,
      DIMENSION.owner,
      DIMENSION.team,
      { key: 'closeMonth', label: { de: 'Erwarteter Abschluss', en: 'Expected close' }, kind: 'period' },
      DIMENSION.source,
      DIMENSION.campaign,
    ],
    filters: OPPORTUNITY_FILTERS,
    periodField: { de: 'Erwarteter Abschluss', en: 'Expected close' },
    charts: ['bar', 'stacked-bar', 'pie'],
    defaults: {
      groupBy: ['stage'],
      // Money first: the chart draws the first measure's kind, and a pipeline is its amounts.
      measures: ['amount', 'weighted', 'count'],
      sort: null,
      chart: 'bar',
      grain: 'month',
      period: null,
    },
  },
  permissions: ['opportunities.read'],
  list: 'opportunity',
  columns: OPPORTUNITY_COLUMNS,
  // The stage is always joined: weighted revenue and probability fall back to its default.
  base: (context, joins) => visibleOpportunities(context, joins, ['stage']),
  joinsOfFilter: opportunityJoinOfFilter,
  periodColumn: { sql: sql`opportunities.expected_close_date`, kind: 'date', filterKey: 'expectedCloseDate' },
  fixed: (context) => [
    {
      where: sql<boolean>`opportunities.status in (${sql.join(ACTIVE_PIPELINE.map((s) => sql`${s}`))})`,
      drill: { status: anyOf(ACTIVE_PIPELINE.map((s) => OPPORTUNITY_STATUS_LABELS[s][context.language])) },
    },
  ],
  measures: [
    { key: 'count', aggregate: sql`count(*)`, drills: true, additive: true },
    {
      key: 'amount',
      aggregate: sql`sum(opportunities.expected_revenue_cents)`,
      drills: true,
      additive: true,
    },
    // Exactly as the board sums it: per row rounded half up, then added.
    { key: 'weighted', aggregate: sql`sum(${weightedRevenue})`, drills: true, additive: true },
    { key: 'probability', aggregate: sql`avg(${effectiveProbability} * 1.0)`, drills: false },
  ],
  dimensions: [GROUPING.stage, GROUPING.owner, GROUPING.team, GROUPING.source, GROUPING.campaign],
};

export const pipelineReport = groupedReport(spec);
