import { jsonArrayFrom as postgresJsonArray } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteJsonArray } from 'kysely/helpers/sqlite';
import type { Engine } from '../connection.js';

/**
 * A subquery's rows as one JSON array column, so a record's parts (e-mails, addresses, …) come
 * with the record in the same statement instead of one query per part.
 */
export function jsonArrayFrom(engine: Engine) {
  // Both build the same shape; the result is read with parseJsonArray, whatever the engine.
  return <O>(expr: Parameters<typeof sqliteJsonArray<O>>[0]) =>
    engine === 'postgres' ? postgresJsonArray(expr) : sqliteJsonArray(expr);
}

/** SQLite hands JSON columns back as text, PostgreSQL already parsed. */
export function parseJsonArray<T>(value: unknown): T[] {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? (parsed as T[]) : [];
}
