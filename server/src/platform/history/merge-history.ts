import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { recordFieldChanges } from './field-history.js';

/**
 * Keeps both histories on a merge: the merged record's field history moves to the kept one,
 * and one entry notes the merge itself (who, when, which record went into it).
 */
export async function recordMerge(
  trx: Transaction<Database>,
  merge: { recordType: string; keptId: string; mergedId: string; mergedName: string; by: string },
): Promise<void> {
  await trx
    .updateTable('field_history')
    .set({ record_id: merge.keptId })
    .where('record_type', '=', merge.recordType)
    .where('record_id', '=', merge.mergedId)
    .execute();
  await recordFieldChanges(trx, {
    recordType: merge.recordType,
    recordId: merge.keptId,
    changedBy: merge.by,
    before: { mergedFrom: null },
    after: { mergedFrom: { id: merge.mergedId, name: merge.mergedName } },
  });
}
