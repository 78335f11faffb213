import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/**
 * Draws the next number of a named sequence (customer numbers, quotation numbers, …).
 * One upsert statement: PostgreSQL row-locks the sequence row, SQLite serialises writers,
 * so concurrent callers never get the same number. Inside a transaction, a rolled-back
 * caller gives its number back, so numbers have no gaps from failed actions.
 */
export async function nextSequenceValue(
  db: Kysely<Database> | Transaction<Database>,
  name: string,
): Promise<number> {
  const row = await db
    .insertInto('sequences')
    .values({ name, value: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ value: eb('sequences.value', '+', 1) })))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}
