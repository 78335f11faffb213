import type { Kysely, Transaction, Updateable } from 'kysely';
import type { Database } from './schema.js';

/** The tables whose rows carry an `id` and a `version` for optimistic locking. */
type VersionedTable = {
  [K in keyof Database]: Database[K] extends { id: string; version: unknown } ? K : never;
}[keyof Database];

/**
 * Applies the change only while the row still has the version the caller read, raising the
 * version by one; false means someone else changed (or deleted) the row meanwhile — a 409.
 */
export async function updateIfVersion<T extends VersionedTable>(
  db: Kysely<Database> | Transaction<Database>,
  table: T,
  id: string,
  version: number,
  change: Updateable<Database[T]>,
): Promise<boolean> {
  // Kysely cannot type a query over a table chosen by a type parameter; the signature above
  // ties the change to the table instead.
  // biome-ignore lint/suspicious/noExplicitAny: see the comment above
  const result = await (db as Kysely<any>)
    .updateTable(table as string)
    .set((eb) => ({ ...change, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
