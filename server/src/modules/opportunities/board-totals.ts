import type { ListQuery } from '@kontor/domain/fields';
import type { PipelineStage } from '@kontor/domain/opportunities';
import type { OpportunityStatus } from '@kontor/domain/sales-status';
import type { Language } from '@kontor/domain/users';
import { type Kysely, sql } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { Engine } from '../../platform/db/connection.js';
import type { Database } from '../../platform/db/schema.js';
import { filterPredicates } from '../../platform/lists/run-list.js';
import { boardStatuses } from './board-statuses.js';
import { joinsOf, OPPORTUNITY_COLUMNS } from './columns.js';
import { OpportunityRepository } from './repository.js';

export interface StageTotal {
  count: number;
  expected: number;
  weighted: number;
}

interface TotalRow {
  stage_id: string;
  count: number | string;
  expected: number | string | null;
  weighted: number | string | null;
}

/**
 * The board's count and sums per stage. The default board and a board filtered only by status
 * read the summary table the triggers of migration 0018 keep (a few rows per stage, whatever the
 * number of opportunities); any other filter needs the rows themselves (decision 0017).
 */
export class OpportunityBoardTotals {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
  ) {}

  totals(principal: Principal, query: ListQuery, language: Language, stages: readonly PipelineStage[]) {
    const onlyStatus = Object.entries(query.filter).every(
      ([key, text]) => key === 'status' || text.trim() === '',
    );
    return onlyStatus
      ? this.summarized(principal, boardStatuses(query, language).statuses)
      : this.live(principal, query, language, stages);
  }

  /**
   * From the summary: its rows are keyed by owner, so the visibility predicate applies to them
   * as to the opportunities themselves.
   */
  async summarized(principal: Principal, statuses: readonly OpportunityStatus[]) {
    if (statuses.length === 0) return new Map<string, StageTotal>();
    const rows = await this.db
      .selectFrom('opportunity_stage_totals')
      .select([
        'stage_id',
        sql<number | string>`sum(count)`.as('count'),
        sql<number | string | null>`sum(expected_revenue_cents)`.as('expected'),
        sql<number | string | null>`sum(weighted_revenue_cents)`.as('weighted'),
      ])
      .where(visibleTo(principal, 'opportunity_stage_totals.owner_id'))
      .where('status', 'in', [...statuses])
      .groupBy('stage_id')
      .execute();
    return byStage(rows);
  }

  /**
   * From the rows, all stages in one statement: per stage an aggregate over the covering
   * (stage_id, status, owner_id, revenue, probability) index with the stage's default probability
   * as a literal, joined by UNION ALL. Joins only for fields the filter names. One grouped scan
   * of all rows would sort them all; these seek to each stage's rows.
   */
  async live(principal: Principal, query: ListQuery, language: Language, stages: readonly PipelineStage[]) {
    if (stages.length === 0) return new Map<string, StageTotal>();
    const { statuses, byDefault } = boardStatuses(query, language);
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
      if (byDefault) part = part.where('opportunities.status', 'in', [...statuses]);
      return part;
    });
    const [first, ...rest] = perStage;
    const union = rest.reduce((all, part) => all.unionAll(part), first as (typeof perStage)[number]);
    return byStage((await union.execute()) as TotalRow[]);
  }
}

function byStage(rows: readonly TotalRow[]): Map<string, StageTotal> {
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
