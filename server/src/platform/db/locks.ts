import type { Transaction } from 'kysely';
import type { Database } from './schema.js';

/**
 * Serialises transactions that check shared state and then change it (e.g. "is there another
 * admin left?"). Upserting the named row takes a row lock on PostgreSQL that is held until
 * commit, so the next such transaction waits and then reads the committed result; SQLite runs
 * one writing transaction at a time anyway. Call it first in the transaction.
 */
export async function lockNamed(trx: Transaction<Database>, name: string): Promise<void> {
  await trx
    .insertInto('locks')
    .values({ name })
    .onConflict((oc) => oc.column('name').doUpdateSet({ name }))
    .execute();
}
