import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { OPPORTUNITY } from '@kontor/domain/opportunities';
import { sql } from 'kysely';
import { joinOfColumn } from '../../platform/db/joining.js';
import type { ListColumns } from '../../platform/lists/columns.js';
import { effectiveProbability, type JoinAlias, weightedRevenue } from './repository.js';

function field(key: string): FieldDef {
  const found = fieldOf(OPPORTUNITY, key);
  if (!found) throw new Error(`opportunity field ${key} is not declared`);
  return found;
}

/** The folded names of an opportunity's competitors, for the "Wettbewerber" filter. */
const competitorKeys = sql<string>`(
  select string_agg(o.name_key, ' | ')
  from opportunity_competitors oc
  join organizations o on o.id = oc.organization_id
  where oc.opportunity_id = opportunities.id)`;

/** Where each declared opportunity field lives in SQL (joins as in OpportunityRepository.visible). */
export const OPPORTUNITY_COLUMNS: ListColumns = {
  name: {
    field: field('name'),
    column: 'opportunities.name',
    keyColumn: 'opportunities.name_key',
    notNull: true,
  },
  organizationName: {
    field: field('organizationName'),
    column: 'organization.name',
    keyColumn: 'organization.name_key',
  },
  contactName: { field: field('contactName'), column: 'contact.name', keyColumn: 'contact.name_key' },
  leadName: { field: field('leadName'), column: 'lead.name', keyColumn: 'lead.name_key' },
  stageName: { field: field('stageName'), column: 'stage.name', notNull: true },
  status: { field: field('status'), column: 'opportunities.status', notNull: true },
  expectedRevenue: {
    field: field('expectedRevenue'),
    column: 'opportunities.expected_revenue_cents',
    notNull: true,
  },
  probability: {
    field: field('probability'),
    column: 'opportunities.probability',
    expression: effectiveProbability,
    notNull: true,
  },
  weightedRevenue: {
    field: field('weightedRevenue'),
    column: 'opportunities.expected_revenue_cents',
    expression: weightedRevenue,
    notNull: true,
  },
  plannedCost: { field: field('plannedCost'), column: 'opportunities.planned_cost_cents' },
  expectedCloseDate: { field: field('expectedCloseDate'), column: 'opportunities.expected_close_date' },
  ownerName: { field: field('ownerName'), column: 'owner.name' },
  teamName: { field: field('teamName'), column: 'team.name' },
  source: { field: field('source'), column: 'opportunities.source' },
  campaignName: {
    field: field('campaignName'),
    column: 'campaign.name',
    keyColumn: 'campaign.name_key',
  },
  competitors: {
    field: field('competitors'),
    column: 'opportunities.id',
    expression: competitorKeys,
    keyExpression: competitorKeys,
  },
  createdAt: { field: field('createdAt'), column: 'opportunities.created_at', notNull: true },
  updatedAt: { field: field('updatedAt'), column: 'opportunities.updated_at', notNull: true },
};

/** The join each field's SQL needs (probability falls back to the stage's), for queries that join only those. */
export function joinsOf(key: string): JoinAlias | null {
  if (key === 'probability' || key === 'weightedRevenue') return 'stage';
  return joinOfColumn(OPPORTUNITY_COLUMNS, 'opportunities', key) as JoinAlias | null;
}
