import { LEAD_SOURCE_OPTIONS } from '@kontor/domain/leads';
import type { MeasureDef, ReportDef } from '@kontor/domain/reports';
import { type RawBuilder, sql } from 'kysely';
import { joinOfColumn } from '../../platform/db/joining.js';
import { LEAD_COLUMNS } from '../leads/columns.js';
import { LeadRepository } from '../leads/repository.js';
import { joinsOf, OPPORTUNITY_COLUMNS } from '../opportunities/columns.js';
import { type JoinAlias, OpportunityRepository } from '../opportunities/repository.js';
import { SALES_ORDER_COLUMNS } from '../sales-orders/columns.js';
import { SalesOrderRepository } from '../sales-orders/repository.js';
import type { GroupedDimension, GroupedSpec } from './definition.js';
import { exactly } from './drill.js';
import { byName, namesFrom, optionLabels } from './labels.js';
import { WON_ORDER } from './won-orders.js';

/**
 * The three record types the lead-source report counts, each a grouped report over its own
 * visible rows in the period it entered: leads by creation, opportunities by creation, won
 * orders by booking (as the funnel). lead-sources.ts puts their groups side by side.
 */

const FIGURE_MEASURES: MeasureDef[] = [
  { key: 'count', label: { de: 'Anzahl', en: 'Count' }, kind: 'count' },
  { key: 'revenue', label: { de: 'Umsatz', en: 'Revenue' }, kind: 'money' },
];

const sourceLabels = optionLabels(LEAD_SOURCE_OPTIONS);
const campaignLabels = namesFrom('campaigns');
const sourceDrill: GroupedDimension['drill'] = (value, label) => ({ source: exactly(value && label) });

/** The report's definition with the measures of one record type's figures. */
const figureDef = (def: ReportDef): ReportDef => ({ ...def, measures: FIGURE_MEASURES });

export function leadFigures(def: ReportDef): GroupedSpec {
  return {
    def: figureDef(def),
    permissions: [],
    list: 'lead',
    columns: LEAD_COLUMNS,
    base: (context, joins) => new LeadRepository(context.db).visibleJoining(context.principal, joins),
    joinsOfFilter: (key) => joinOfColumn(LEAD_COLUMNS, 'leads', key),
    periodColumn: { sql: sql`leads.created_at`, kind: 'datetime', filterKey: 'createdAt' },
    measures: [{ key: 'count', aggregate: sql`count(*)`, drills: true, additive: true }],
    dimensions: [
      { key: 'source', group: sql`leads.source`, labels: sourceLabels, drill: sourceDrill },
      {
        key: 'campaign',
        group: sql`leads.campaign_id`,
        labels: campaignLabels,
        drill: byName('campaignName'),
      },
    ],
  };
}

export function opportunityFigures(def: ReportDef): GroupedSpec {
  return {
    def: figureDef(def),
    permissions: [],
    list: 'opportunity',
    columns: OPPORTUNITY_COLUMNS,
    base: (context, joins) =>
      new OpportunityRepository(context.db).visibleJoining(context.principal, joins as Set<JoinAlias>),
    joinsOfFilter: joinsOf,
    periodColumn: { sql: sql`opportunities.created_at`, kind: 'datetime', filterKey: 'createdAt' },
    measures: [{ key: 'count', aggregate: sql`count(*)`, drills: true, additive: true }],
    dimensions: [
      { key: 'source', group: sql`opportunities.source`, labels: sourceLabels, drill: sourceDrill },
      {
        key: 'campaign',
        group: sql`opportunities.campaign_id`,
        labels: campaignLabels,
        drill: byName('campaignName'),
      },
    ],
  };
}

/**
 * An order's origin: its opportunity's source or campaign, or — for an order made straight
 * from a lead's quotation, without an opportunity — its lead's.
 */
const origin = (column: 'source' | 'campaign_id'): RawBuilder<string | null> =>
  sql`(case when sales_orders.opportunity_id is not null then ${sql.ref(`opportunity.${column}`)} else ${sql.ref(`origin_lead.${column}`)} end)`;

/** The order's opportunity (a join of the order repository's) and its lead (origin_lead). */
const ORIGIN_JOINS = ['opportunity', 'origin'];

export function wonOrderFigures(def: ReportDef): GroupedSpec {
  return {
    def: figureDef(def),
    permissions: [],
    list: 'order',
    columns: SALES_ORDER_COLUMNS,
    base: (context, joins) => {
      const orders = new SalesOrderRepository(context.db).visibleJoining(context.principal, joins);
      return joins.has('origin')
        ? orders.leftJoin('leads as origin_lead', 'origin_lead.id', 'sales_orders.lead_id')
        : orders;
    },
    joinsOfFilter: (key) => joinOfColumn(SALES_ORDER_COLUMNS, 'sales_orders', key),
    periodColumn: { ...WON_ORDER.date, kind: 'datetime' },
    fixed: (context) => [{ where: WON_ORDER.where, drill: WON_ORDER.drill(context.language) }],
    measures: [
      { key: 'count', aggregate: sql`count(*)`, drills: true, additive: true },
      { key: 'revenue', aggregate: WON_ORDER.revenue, drills: true, additive: true },
    ],
    // The order list cannot filter by its opportunity's or lead's source or campaign: no drill-down.
    dimensions: [
      {
        key: 'source',
        group: origin('source'),
        joins: ORIGIN_JOINS,
        labels: sourceLabels,
        drill: () => null,
      },
      {
        key: 'campaign',
        group: origin('campaign_id'),
        joins: ORIGIN_JOINS,
        labels: campaignLabels,
        drill: () => null,
      },
    ],
  };
}
