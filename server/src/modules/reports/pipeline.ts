import { LEAD_SOURCE_OPTIONS } from '@kontor/domain/leads';
import { OPPORTUNITY_STATUS_LABELS } from '@kontor/domain/sales-status';
import { sql } from 'kysely';
import { ACTIVE_PIPELINE } from '../opportunities/board-statuses.js';
import { joinsOf, OPPORTUNITY_COLUMNS } from '../opportunities/columns.js';
import {
  effectiveProbability,
  type JoinAlias,
  OpportunityRepository,
  weightedRevenue,
} from '../opportunities/repository.js';
import type { GroupedSpec } from './definition.js';
import { anyOf, exactly } from './drill.js';
import { groupedReport } from './grouped.js';
import { byName, namesFrom, optionLabels } from './labels.js';

const FILTERS = Object.entries(OPPORTUNITY_COLUMNS)
  .filter(([, column]) => column.field.filterable)
  .map(([key]) => key);

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
      { key: 'stage', label: { de: 'Phase', en: 'Stage' }, kind: 'record' },
      { key: 'owner', label: { de: 'Betreuer', en: 'Owner' }, kind: 'record' },
      { key: 'team', label: { de: 'Team', en: 'Team' }, kind: 'record' },
      { key: 'closeMonth', label: { de: 'Erwarteter Abschluss', en: 'Expected close' }, kind: 'period' },
      { key: 'source', label: { de: 'Leadquelle', en: 'Lead source' }, kind: 'enum' },
      { key: 'campaign', label: { de: 'Kampagne', en: 'Campaign' }, kind: 'record' },
    ],
    filters: FILTERS,
    periodField: { de: 'Erwarteter Abschluss', en: 'Expected close' },
    charts: ['bar', 'stacked-bar', 'pie'],
    defaults: {
      groupBy: ['stage'],
      measures: ['count', 'amount', 'weighted'],
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
  base: (context, joins) =>
    new OpportunityRepository(context.db).visibleJoining(
      context.principal,
      new Set(['stage', ...joins] as JoinAlias[]),
    ),
  joinsOfFilter: joinsOf,
  periodColumn: { sql: sql`opportunities.expected_close_date`, kind: 'date', filterKey: 'expectedCloseDate' },
  fixed: (context) => [
    {
      where: sql<boolean>`opportunities.status in (${sql.join(ACTIVE_PIPELINE.map((s) => sql`${s}`))})`,
      drill: { status: anyOf(ACTIVE_PIPELINE.map((s) => OPPORTUNITY_STATUS_LABELS[s][context.language])) },
    },
  ],
  measures: [
    { key: 'count', aggregate: sql`count(*)`, drills: true },
    { key: 'amount', aggregate: sql`sum(opportunities.expected_revenue_cents)`, drills: true },
    // Exactly as the board sums it: per row rounded half up, then added.
    { key: 'weighted', aggregate: sql`sum(${weightedRevenue})`, drills: true },
    { key: 'probability', aggregate: sql`avg(${effectiveProbability} * 1.0)`, drills: false },
  ],
  dimensions: [
    {
      key: 'stage',
      group: sql`opportunities.stage_id`,
      labels: namesFrom('pipeline_stages'),
      drill: byName('stageName'),
    },
    {
      key: 'owner',
      group: sql`opportunities.owner_id`,
      labels: namesFrom('users'),
      drill: byName('ownerName'),
    },
    { key: 'team', group: sql`opportunities.team_id`, labels: namesFrom('teams'), drill: byName('teamName') },
    {
      key: 'source',
      group: sql`opportunities.source`,
      labels: optionLabels(LEAD_SOURCE_OPTIONS),
      drill: (value, label) => ({ source: exactly(value === null ? null : label) }),
    },
    {
      key: 'campaign',
      group: sql`opportunities.campaign_id`,
      labels: namesFrom('campaigns'),
      drill: byName('campaignName'),
    },
  ],
};

export const pipelineReport = groupedReport(spec);
