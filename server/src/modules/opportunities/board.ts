import type { ListQuery } from '@kontor/domain/fields';
import type { PipelineStage } from '@kontor/domain/opportunities';
import { OPPORTUNITY } from '@kontor/domain/opportunities';
import type { OpportunityStatus } from '@kontor/domain/sales-status';
import type { Language } from '@kontor/domain/users';
import { type Kysely, sql } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Engine } from '../../platform/db/connection.js';
import type { Database } from '../../platform/db/schema.js';
import { notFound } from '../../platform/http/problem.js';
import { filterPredicates, runList } from '../../platform/lists/run-list.js';
import type { PipelineStageService } from '../pipeline/stages.js';
import { ACTIVE_PIPELINE, boardStatuses } from './board-statuses.js';
import { joinsOf, OPPORTUNITY_COLUMNS } from './columns.js';
import { effectiveProbability, OpportunityRepository } from './repository.js';
import type { Board, BoardCard } from './schemas.js';

interface CardRow extends Record<string, unknown> {
  id: string;
  name: string;
  stage_id: string;
  organization_name: string | null;
  lead_name: string | null;
  expected_revenue_cents: number | string;
  probability: number;
  expected_close_date: string | null;
  owner_id: string | null;
  owner_name: string | null;
  status: string;
  version: number;
}

/**
 * The kanban board (S2): every stage in order with the count and sums of its matching
 * opportunities and its newest cards. Built for 200,000 opportunities: one grouped query for
 * all counts and sums (see totals), and per column one keyset page that walks the
 * (stage_id, updated_at, id) index and stops after a page; names are joined for those rows only.
 */
export class OpportunityBoard {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly stages: PipelineStageService,
  ) {}

  async board(principal: Principal, query: ListQuery, language: Language): Promise<Board> {
    const { statuses, byDefault } = boardStatuses(query, language);
    const stages = await this.stages.list();
    const totals = await this.totals(principal, query, language, byDefault, stages);
    const columns = await Promise.all(
      stages.map(async (stage) => {
        const page = await this.page(principal, stage.id, query, language, byDefault);
        const total = totals.get(stage.id);
        return {
          stage,
          count: total?.count ?? 0,
          expectedRevenueCents: total?.expected ?? 0,
          weightedRevenueCents: total?.weighted ?? 0,
          ...page,
        };
      }),
    );
    return { statuses, columns };
  }

  /** The next page of one column's cards. */
  async column(principal: Principal, stageId: string, query: ListQuery, language: Language) {
    const stage = await this.db
      .selectFrom('pipeline_stages')
      .select('id')
      .where('id', '=', stageId)
      .executeTakeFirst();
    if (!stage) throw notFound('pipeline-stage-not-found');
    return this.page(principal, stageId, query, language, boardStatuses(query, language).byDefault);
  }

  /**
   * Counts and sums of every stage in one statement: per stage an aggregate over the covering
   * (stage_id, status, owner_id, revenue, probability) index with the stage's default probability
   * as a literal, joined by UNION ALL. Joins only for fields the filter names. One grouped scan
   * of all rows would sort them all; these seek to each stage's rows (3 ms a stage at 200,000).
   */
  private async totals(
    principal: Principal,
    query: ListQuery,
    language: Language,
    byDefault: boolean,
    stages: readonly PipelineStage[],
  ) {
    if (stages.length === 0) return new Map<string, { count: number; expected: number; weighted: number }>();
    const joins = new Set(
      Object.entries(query.filter)
        .filter(([, text]) => text.trim() !== '')
        .flatMap(([key]) => joinsOf(key) ?? []),
    );
    const predicates = filterPredicates({
      columns: OPPORTUNITY_COLUMNS,
      query,
      language,
      engine: this.engine,
    });
    const repository = new OpportunityRepository(this.db);
    const perStage = stages.map((stage) => {
      const weighted = sql`(opportunities.expected_revenue_cents * coalesce(opportunities.probability, ${sql.lit(stage.probability)}) + 50) / 100`;
      let part = repository
        .visibleJoining(principal, joins)
        .select([
          sql<string>`cast(${stage.id} as text)`.as('stage_id'),
          sql<number | string>`count(*)`.as('count'),
          sql<number | string | null>`sum(opportunities.expected_revenue_cents)`.as('expected'),
          sql<number | string | null>`sum(${weighted})`.as('weighted'),
        ])
        .where('opportunities.stage_id', '=', stage.id);
      for (const predicate of predicates) part = part.where(predicate);
      if (byDefault) part = part.where('opportunities.status', 'in', [...ACTIVE_PIPELINE]);
      return part;
    });
    const [first, ...rest] = perStage;
    const union = rest.reduce((all, part) => all.unionAll(part), first as (typeof perStage)[number]);
    const rows = (await union.execute()) as {
      stage_id: string;
      count: number | string;
      expected: number | string | null;
      weighted: number | string | null;
    }[];
    return new Map(
      rows.map((row) => [
        row.stage_id,
        {
          count: Number(row.count),
          expected: Number(row.expected ?? 0),
          weighted: Number(row.weighted ?? 0),
        },
      ]),
    );
  }

  private async page(
    principal: Principal,
    stageId: string,
    query: ListQuery,
    language: Language,
    byDefault: boolean,
  ): Promise<{ stageId: string; cards: BoardCard[]; nextCursor: string | null }> {
    let base = new OpportunityRepository(this.db)
      .visible(principal)
      .select([
        'opportunities.id',
        'opportunities.name',
        'opportunities.stage_id',
        'organization.name as organization_name',
        'lead.name as lead_name',
        'opportunities.expected_revenue_cents',
        effectiveProbability.as('probability'),
        'opportunities.expected_close_date',
        'opportunities.owner_id',
        'owner.name as owner_name',
        'opportunities.status',
        'opportunities.version',
      ])
      .where('opportunities.stage_id', '=', stageId);
    if (byDefault) base = base.where('opportunities.status', 'in', [...ACTIVE_PIPELINE]);
    const { rows, nextCursor } = await runList<CardRow>(base, {
      record: OPPORTUNITY,
      columns: OPPORTUNITY_COLUMNS,
      idColumn: 'opportunities.id',
      query: { ...query, sort: '-updatedAt' },
      engine: this.engine,
      language,
    });
    return { stageId, cards: rows.map(toCard), nextCursor };
  }
}

function toCard(row: CardRow): BoardCard {
  return {
    id: row.id,
    name: row.name,
    stageId: row.stage_id,
    organizationName: row.organization_name,
    leadName: row.lead_name,
    expectedRevenueCents: Number(row.expected_revenue_cents),
    probability: Number(row.probability),
    expectedCloseDate: row.expected_close_date,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    status: row.status as OpportunityStatus,
    version: row.version,
  };
}
