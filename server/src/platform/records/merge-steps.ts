import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { EventBus } from '../events/bus.js';
import { recordMerge } from '../history/merge-history.js';

/** The columns the kept record takes over from the merged one where it has no value itself. */
export function takenOver<Row, Column extends keyof Row>(
  keep: Row,
  merge: Row,
  columns: readonly Column[],
): Partial<Pick<Row, Column>> {
  return Object.fromEntries(
    columns.filter((column) => keep[column] === null && merge[column] !== null).map((c) => [c, merge[c]]),
  ) as Partial<Pick<Row, Column>>;
}

/**
 * The last steps of every merge (M4), in its transaction: both histories kept and the merge
 * noted, then `record.merged`, so every module moves its links to the kept record.
 */
export async function concludeMerge(
  trx: Transaction<Database>,
  events: EventBus,
  merge: { recordType: string; keptId: string; mergedId: string; mergedName: string; by: string },
): Promise<void> {
  await recordMerge(trx, merge);
  await events.emit(trx, 'record.merged', {
    recordType: merge.recordType,
    keptId: merge.keptId,
    mergedId: merge.mergedId,
    by: merge.by,
  });
}
