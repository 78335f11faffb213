import type { Kysely, SelectQueryBuilder, Transaction } from 'kysely';
import type { ListColumns } from '../lists/columns.js';
import type { Database } from './schema.js';

/** A table's optional joins, by the alias its list columns use: the joined table and the column holding its id. */
export type Joins = Readonly<Record<string, readonly [table: keyof Database & string, column: string]>>;

/**
 * `table` left-joined to the named records of `joins` only; aliases it does not know (another
 * part of a report's query, say) are skipped. For aggregates over many rows: SQLite keeps a left
 * join nothing reads, a lookup per row, and PostgreSQL plans every join it is given.
 */
export function selectJoining(
  db: Kysely<Database> | Transaction<Database>,
  table: keyof Database & string,
  joins: Joins,
  aliases: Iterable<string>,
  // biome-ignore lint/suspicious/noExplicitAny: the joins are chosen at run time
): SelectQueryBuilder<Database, any, object> {
  // biome-ignore lint/suspicious/noExplicitAny: the joins are chosen at run time
  let query = db.selectFrom(table) as SelectQueryBuilder<Database, any, object>;
  for (const alias of new Set(aliases)) {
    const join = joins[alias];
    // Names made at run time, which Kysely's types cannot follow.
    if (join) query = query.leftJoin(`${join[0]} as ${alias}` as never, `${alias}.id`, `${table}.${join[1]}`);
  }
  return query;
}

/** The join a list field's column needs: the alias it is qualified with, unless it is the table's own. */
export function joinOfColumn(columns: ListColumns, table: string, key: string): string | null {
  const alias = columns[key]?.column.split('.')[0];
  return alias === undefined || alias === table ? null : alias;
}
