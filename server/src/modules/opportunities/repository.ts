import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleTo } from '../../platform/auth/visibility.js';
import { selectJoining } from '../../platform/db/joining.js';
import { nameOf } from '../../platform/db/name-of.js';
import type { Database, OpportunitiesTable } from '../../platform/db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The effective probability: the opportunity's own, else its stage's default. */
export const effectiveProbability = sql<number>`coalesce(opportunities.probability, stage.probability)`;

/**
 * Expected revenue × effective probability in whole cents, rounded half up (revenue is never
 * negative, so that is half away from zero, as domain weightedRevenueCents) in integer SQL.
 */
export const weightedRevenue = sql<
  number | string
>`((opportunities.expected_revenue_cents * ${effectiveProbability} + 50) / 100)`;

export type OpportunityRow = Selectable<OpportunitiesTable> & {
  stage_name: string;
  stage_probability: number;
  weighted_revenue_cents: number | string;
  organization_name: string | null;
  contact_name: string | null;
  lead_name: string | null;
  owner_name: string | null;
  team_name: string | null;
  campaign_name: string | null;
};

/** The records an opportunity row names, by the alias lists and filters know them by. */
export const JOINS = {
  stage: ['pipeline_stages', 'stage_id'],
  organization: ['organizations', 'organization_id'],
  contact: ['contacts', 'contact_id'],
  lead: ['leads', 'lead_id'],
  owner: ['users', 'owner_id'],
  team: ['teams', 'team_id'],
  campaign: ['campaigns', 'campaign_id'],
} as const;
export type JoinAlias = keyof typeof JOINS;

export interface NamedRef {
  id: string;
  name: string;
}

/** Opportunities in SQL; visibility is by owner (own/team/all, X3). */
export class OpportunityRepository {
  constructor(private readonly db: Db) {}

  /**
   * Opportunities the principal may see with the names lists, cards and detail show. Only the
   * stage join is needed for every row (probability); the databases drop the other left joins
   * of a query that does not read them.
   */
  visible(principal: Principal) {
    return this.db
      .selectFrom('opportunities')
      .innerJoin('pipeline_stages as stage', 'stage.id', 'opportunities.stage_id')
      .leftJoin('organizations as organization', 'organization.id', 'opportunities.organization_id')
      .leftJoin('contacts as contact', 'contact.id', 'opportunities.contact_id')
      .leftJoin('leads as lead', 'lead.id', 'opportunities.lead_id')
      .leftJoin('users as owner', 'owner.id', 'opportunities.owner_id')
      .leftJoin('teams as team', 'team.id', 'opportunities.team_id')
      .leftJoin('campaigns as campaign', 'campaign.id', 'opportunities.campaign_id')
      .where(visibleTo(principal, 'opportunities.owner_id'));
  }

  /**
   * Visible opportunities with only the named joins, for aggregates over many rows: the
   * databases do not always drop unused left joins, and each costs a lookup per row.
   */
  visibleJoining(principal: Principal, aliases: ReadonlySet<JoinAlias>) {
    return selectJoining(this.db, 'opportunities', JOINS, aliases).where(
      visibleTo(principal, 'opportunities.owner_id'),
    );
  }

  /** visible() with every column of the record. */
  whole(principal: Principal) {
    return this.visible(principal)
      .selectAll('opportunities')
      .select([
        'stage.name as stage_name',
        'stage.probability as stage_probability',
        weightedRevenue.as('weighted_revenue_cents'),
        'organization.name as organization_name',
        'contact.name as contact_name',
        'lead.name as lead_name',
        'owner.name as owner_name',
        'team.name as team_name',
        'campaign.name as campaign_name',
      ]);
  }

  /** One opportunity as whole() has it, the names by subqueries (nameOf says why). */
  findVisible(principal: Principal, id: string): Promise<OpportunityRow | undefined> {
    return this.db
      .selectFrom('opportunities')
      .innerJoin('pipeline_stages as stage', 'stage.id', 'opportunities.stage_id')
      .selectAll('opportunities')
      .select([
        'stage.name as stage_name',
        'stage.probability as stage_probability',
        weightedRevenue.as('weighted_revenue_cents'),
        nameOf('organizations', 'opportunities.organization_id').as('organization_name'),
        nameOf('contacts', 'opportunities.contact_id').as('contact_name'),
        nameOf('leads', 'opportunities.lead_id').as('lead_name'),
        nameOf('users', 'opportunities.owner_id').as('owner_name'),
        nameOf('teams', 'opportunities.team_id').as('team_name'),
        nameOf('campaigns', 'opportunities.campaign_id').as('campaign_name'),
      ])
      .where(visibleTo(principal, 'opportunities.owner_id'))
      .where('opportunities.id', '=', id)
      .executeTakeFirst();
  }

  /** The competitors of each opportunity, by name. */
  async competitorsOf(ids: readonly string[]): Promise<Map<string, NamedRef[]>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('opportunity_competitors as oc')
      .innerJoin('organizations as o', 'o.id', 'oc.organization_id')
      .select(['oc.opportunity_id', 'o.id', 'o.name'])
      .where('oc.opportunity_id', 'in', [...ids])
      .orderBy('o.name_key')
      .execute();
    return group(rows);
  }

  /** The lost reasons of each opportunity, in the admin's order. */
  async lostReasonsOf(ids: readonly string[]): Promise<Map<string, NamedRef[]>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('opportunity_lost_reasons as ol')
      .innerJoin('lost_reasons as r', 'r.id', 'ol.lost_reason_id')
      .select(['ol.opportunity_id', 'r.id', 'r.name'])
      .where('ol.opportunity_id', 'in', [...ids])
      .orderBy('r.position')
      .execute();
    return group(rows);
  }

  async replaceCompetitors(id: string, organizationIds: readonly string[]): Promise<void> {
    await this.db.deleteFrom('opportunity_competitors').where('opportunity_id', '=', id).execute();
    const unique = [...new Set(organizationIds)];
    if (unique.length > 0)
      await this.db
        .insertInto('opportunity_competitors')
        .values(unique.map((organization_id) => ({ opportunity_id: id, organization_id })))
        .execute();
  }

  async replaceLostReasons(id: string, reasonIds: readonly string[]): Promise<void> {
    await this.db.deleteFrom('opportunity_lost_reasons').where('opportunity_id', '=', id).execute();
    const unique = [...new Set(reasonIds)];
    if (unique.length > 0)
      await this.db
        .insertInto('opportunity_lost_reasons')
        .values(unique.map((lost_reason_id) => ({ opportunity_id: id, lost_reason_id })))
        .execute();
  }

  /** Of the given opportunities, those that quotations or orders point at (they cannot be deleted). */
  async withDocuments(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const [quotations, orders] = await Promise.all([
      this.db
        .selectFrom('quotations')
        .select('opportunity_id')
        .where('opportunity_id', 'in', [...ids])
        .execute(),
      this.db
        .selectFrom('sales_orders')
        .select('opportunity_id')
        .where('opportunity_id', 'in', [...ids])
        .execute(),
    ]);
    return new Set(
      [...quotations, ...orders].flatMap((row) => (row.opportunity_id ? [row.opportunity_id] : [])),
    );
  }

  async delete(ids: readonly string[]): Promise<void> {
    await this.db
      .deleteFrom('opportunities')
      .where('id', 'in', [...ids])
      .execute();
  }

  async stageName(id: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('pipeline_stages')
      .select('name')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.name;
  }
}

function group(rows: { opportunity_id: string; id: string; name: string }[]): Map<string, NamedRef[]> {
  const byOpportunity = new Map<string, NamedRef[]>();
  for (const row of rows) {
    const list = byOpportunity.get(row.opportunity_id) ?? [];
    list.push({ id: row.id, name: row.name });
    byOpportunity.set(row.opportunity_id, list);
  }
  return byOpportunity;
}
