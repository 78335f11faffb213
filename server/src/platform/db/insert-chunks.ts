import type { Insertable, InsertObject, Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

// SQLite allows 32,766 bound parameters per statement, PostgreSQL 65,535.
const MAX_PARAMETERS = 30_000;

/** Inserts many rows with as few statements as the engines' parameter limits allow. */
export async function insertInChunks<T extends keyof Database & string>(
  db: Kysely<Database> | Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  // A statement binds every column any of its rows names (the others as NULL/DEFAULT).
  const columns = new Set(rows.flatMap((row) => Object.keys(row as object))).size;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(columns, 1)));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    // The row type follows `table`, which TypeScript cannot see through Kysely's generics here.
    await db
      .insertInto(table)
      .values(chunk as unknown as InsertObject<Database, T>[])
      .execute();
  }
}
