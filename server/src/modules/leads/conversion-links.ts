import { sql, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { RecordKey } from '../activities/repository.js';

/**
 * Puts every entry of the lead's timeline on the timelines of the records made from it too
 * (one statement per record, whatever the number of entries); the lead keeps its links, and an
 * entry already linked to a record is not linked twice.
 */
export async function carryOverLinks(
  trx: Transaction<Database>,
  leadId: string,
  targets: readonly RecordKey[],
): Promise<void> {
  for (const target of targets) {
    await trx
      .insertInto('activity_links')
      .columns(['activity_id', 'record_type', 'record_id', 'occurred_at', 'pinned', 'deleted'])
      .expression((eb) =>
        eb
          .selectFrom('activity_links as lead_link')
          .select([
            'lead_link.activity_id',
            // Typed casts: PostgreSQL cannot infer the type of a bare parameter in a select list.
            sql<string>`cast(${target.recordType} as text)`.as('record_type'),
            sql<string>`cast(${target.recordId} as text)`.as('record_id'),
            'lead_link.occurred_at',
            'lead_link.pinned',
            'lead_link.deleted',
          ])
          .where('lead_link.record_type', '=', 'lead')
          .where('lead_link.record_id', '=', leadId)
          .where((inner) =>
            inner.not(
              inner.exists(
                inner
                  .selectFrom('activity_links as existing')
                  .select('existing.activity_id')
                  .whereRef('existing.activity_id', '=', 'lead_link.activity_id')
                  .where('existing.record_type', '=', target.recordType)
                  .where('existing.record_id', '=', target.recordId),
              ),
            ),
          ),
      )
      .execute();
  }
}
