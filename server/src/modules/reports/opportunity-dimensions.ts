import { LEAD_SOURCE_OPTIONS } from '@kontor/domain/leads';
import type { DimensionDef } from '@kontor/domain/reports';
import { sql } from 'kysely';
import { joinsOf, OPPORTUNITY_COLUMNS } from '../opportunities/columns.js';
import { JOINS, type JoinAlias, OpportunityRepository } from '../opportunities/repository.js';
import type { AnySelect, GroupedDimension, ReportContext } from './definition.js';
import { exactly } from './drill.js';
import { byName, namesFrom, optionLabels } from './labels.js';

/**
 * What a report over opportunities needs: the filterable list fields, the visible rows with only
 * the joins a view needs, and the dimensions of an opportunity's own references — each grouped
 * by the stored id or value and drilled down by the list's filter. R2 and R5 take them from here.
 */

export const OPPORTUNITY_FILTERS = Object.entries(OPPORTUNITY_COLUMNS)
  .filter(([, column]) => column.field.filterable)
  .map(([key]) => key);

/** Visible opportunities joining the named records (and `always`, e.g. the stage for probabilities). */
export function visibleOpportunities(
  context: ReportContext,
  joins: ReadonlySet<string>,
  always: readonly JoinAlias[] = [],
): AnySelect {
  const aliases = new Set<JoinAlias>(always);
  for (const join of joins) if (join in JOINS) aliases.add(join as JoinAlias);
  return new OpportunityRepository(context.db).visibleJoining(context.principal, aliases);
}

export const opportunityJoinOfFilter = joinsOf;

type SharedKey = 'stage' | 'owner' | 'team' | 'source' | 'campaign';

export const OPPORTUNITY_DIMENSION_DEFS: Record<SharedKey, DimensionDef> = {
  stage: { key: 'stage', label: { de: 'Phase', en: 'Stage' }, kind: 'record' },
  owner: { key: 'owner', label: { de: 'Betreuer', en: 'Owner' }, kind: 'record' },
  team: { key: 'team', label: { de: 'Team', en: 'Team' }, kind: 'record' },
  source: { key: 'source', label: { de: 'Leadquelle', en: 'Lead source' }, kind: 'enum' },
  campaign: { key: 'campaign', label: { de: 'Kampagne', en: 'Campaign' }, kind: 'record' },
};

export const OPPORTUNITY_DIMENSIONS: Record<SharedKey, GroupedDimension> = {
  stage: {
    key: 'stage',
    group: sql`opportunities.stage_id`,
    joins: ['stage'],
    // Stages as the board shows them, not by size.
    order: sql`min(stage.position)`,
    coveringIndex: 'opportunities_stage_sums_idx',
    labels: namesFrom('pipeline_stages'),
    drill: byName('stageName'),
  },
  owner: {
    key: 'owner',
    group: sql`opportunities.owner_id`,
    labels: namesFrom('users'),
    drill: byName('ownerName'),
  },
  team: {
    key: 'team',
    group: sql`opportunities.team_id`,
    labels: namesFrom('teams'),
    drill: byName('teamName'),
  },
  source: {
    key: 'source',
    group: sql`opportunities.source`,
    labels: optionLabels(LEAD_SOURCE_OPTIONS),
    drill: (value, label) => ({ source: exactly(value === null ? null : label) }),
  },
  campaign: {
    key: 'campaign',
    group: sql`opportunities.campaign_id`,
    labels: namesFrom('campaigns'),
    drill: byName('campaignName'),
  },
};
