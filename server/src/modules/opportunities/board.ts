import type { ListQuery } from '@kontor/domain/fields';
import { OPPORTUNITY } from '@kontor/domain/opportunities';
import type { OpportunityStatus } from '@kontor/domain/sales-status';
import type { Language } from '@kontor/domain/users';
import type { Kysely } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Engine } from '../../platform/db/connection.js';
import type { Database } from '../../platform/db/schema.js';
import { notFound } from '../../platform/http/problem.js';
import { runList } from '../../platform/lists/run-list.js';
import type { PipelineStageService } from '../pipeline/stages.js';
import { ACTIVE_PIPELINE, boardStatuses } from './board-statuses.js';
import { OpportunityBoardTotals } from './board-totals.js';
import { OPPORTUNITY_COLUMNS } from './columns.js';
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
 * opportunities and its newest cards. Built for 200,000 opportunities: counts and sums from the
 * trigger-kept summary or one query over all stages (board-totals.ts), and per column one keyset page that walks the
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
    const totals = await new OpportunityBoardTotals(this.db, this.engine).totals(
      principal,
      query,
      language,
      stages,
    );
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
