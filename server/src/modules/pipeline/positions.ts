import { sql, type Transaction } from 'kysely';
import { nowIso } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
import { staleVersion } from '../../platform/http/problem.js';

type OrderedTable = 'pipeline_stages' | 'lost_reasons';

/** Spaced by ten so a single item can later be placed between two without renumbering. */
const STEP = 10;

/** The position after the last item. */
export async function nextPosition(trx: Transaction<Database>, table: OrderedTable): Promise<number> {
  const row = await trx
    .selectFrom(table)
    .select(sql<number | string | null>`max(position)`.as('last'))
    .executeTakeFirstOrThrow();
  return Number(row.last ?? 0) + STEP;
}

/**
 * Gives the items the order of `ids`, which must name every item exactly once: a list that
 * misses one or names a gone one was read before someone else changed it (409).
 */
export async function renumber(trx: Transaction<Database>, table: OrderedTable, ids: readonly string[]) {
  const existing = await trx.selectFrom(table).select('id').execute();
  const wanted = new Set(ids);
  if (wanted.size !== ids.length || existing.length !== ids.length || existing.some((r) => !wanted.has(r.id)))
    throw staleVersion();
  const now = nowIso();
  for (const [index, id] of ids.entries()) {
    await trx
      .updateTable(table)
      .set((eb) => ({ position: (index + 1) * STEP, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }
}
