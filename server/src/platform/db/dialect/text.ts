import { type RawBuilder, sql } from 'kysely';
import type { Engine } from '../connection.js';

/**
 * Unicode lower-casing in SQL. SQLite's own lower() only knows ASCII ("MÜLLER" → "mÜller"),
 * so connections get a `kontor_lower` function backed by JavaScript; PostgreSQL's lower()
 * follows the database's UTF-8 ctype.
 */
export function lowerText(engine: Engine, expression: RawBuilder<unknown>): RawBuilder<string> {
  return engine === 'sqlite' ? sql<string>`kontor_lower(${expression})` : sql<string>`lower(${expression})`;
}

/** Registers the SQL functions SQLite lacks on a fresh connection. */
export function registerSqliteFunctions(database: {
  function(name: string, options: { deterministic: boolean }, fn: (value: unknown) => unknown): unknown;
}): void {
  database.function('kontor_lower', { deterministic: true }, (value) =>
    typeof value === 'string' ? value.toLowerCase() : value,
  );
}
