import { enumFilterValues, type ListQuery, type RecordTypeDef } from '@kontor/domain/fields';
import { compileFilter, describeFilterError } from '@kontor/domain/filter/conditions';
import type { Language } from '@kontor/domain/users';
import { type AliasedExpression, type Kysely, type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { Engine } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { AppError, type FieldError, type FieldProblem } from '../http/problem.js';
import type { ListColumn, ListColumns } from './columns.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { conditionToSql } from './filter-sql.js';

// biome-ignore lint/suspicious/noExplicitAny: list queries are assembled from declared columns at run time
type AnySelect = SelectQueryBuilder<Database, any, any>;

export interface ListRequest {
  record: RecordTypeDef;
  columns: ListColumns;
  /** The qualified id column, the tie-breaker that makes every order total and stable. */
  idColumn: string;
  query: ListQuery;
  engine: Engine;
  language: Language;
  /**
   * Columns worked out for the page's rows only (e.g. a record's parts as JSON), given the
   * alias of the page; the database would otherwise compute them for every row it sorts.
   */
  pageColumns?: { db: Kysely<Database>; select: (page: string) => AliasedExpression<unknown, string>[] };
}

/**
 * Applies a list request — column filters in the filter language, sort, keyset cursor and
 * limit — to a base query that already selects the rows the caller may see, and returns the
 * page with the cursor of the next one (null on the last page).
 */
export async function runList<Row extends Record<string, unknown>>(
  base: AnySelect,
  request: ListRequest,
): Promise<{ rows: Row[]; nextCursor: string | null }> {
  let query = base;
  for (const predicate of filterPredicates(request)) query = query.where(predicate);

  const { column, descending } = sortOf(request);
  const sortExpression = sortExpressionOf(column);
  const id = sql.ref(request.idColumn);
  if (request.query.cursor) {
    const after = decodeCursor(request.query.cursor);
    const direction = sql.raw(descending ? '<' : '>');
    query = query.where(
      sql<boolean>`(${sortExpression}, ${id}) ${direction} (${after.sortValue}, ${after.id})`,
    );
  }
  const order = descending ? 'desc' : 'asc';
  const pageQuery = query
    .select([sortExpression.as('_sort'), sql<string>`${id}`.as('_id')])
    .orderBy(sortExpression, order)
    .orderBy(id, order)
    .limit(request.query.limit + 1);
  const columns = request.pageColumns;
  const rows = (await (columns
    ? columns.db
        .selectFrom(pageQuery.as('page'))
        .selectAll('page')
        .select(columns.select('page'))
        .orderBy(sql.ref('page._sort'), order)
        .orderBy(sql.ref('page._id'), order)
    : pageQuery
  ).execute()) as (Row & { _sort: string | number; _id: string })[];

  const page = rows.slice(0, request.query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > request.query.limit && last ? encodeCursor(last._sort, last._id) : null;
  return { rows: page, nextCursor };
}

/** The list's column filters as SQL predicates (400 on unknown fields or bad filter text); the board shares them. */
export function filterPredicates(
  request: Pick<ListRequest, 'columns' | 'query' | 'language' | 'engine'>,
): RawBuilder<boolean>[] {
  const predicates: RawBuilder<boolean>[] = [];
  const failures: FieldProblem[] = [];
  const details: FieldError[] = [];
  for (const [key, text] of Object.entries(request.query.filter)) {
    const column = request.columns[key];
    if (!column?.field.filterable) {
      failures.push({ path: `filter.${key}`, code: 'unknown-filter-field' });
      continue;
    }
    if (text.trim() === '') continue;
    const kind = column.field.kind === 'enumSet' ? 'enum' : column.field.kind;
    const compiled = compileFilter(
      text,
      { type: kind, enumValues: enumFilterValues(column.field) },
      { language: request.language, timeZone: 'Europe/Berlin' },
    );
    if (compiled.ok) predicates.push(conditionToSql(compiled.value, column, request.engine));
    else {
      for (const error of compiled.errors) {
        details.push({
          path: `filter.${key}`,
          message: describeFilterError(error, request.language),
          start: error.span.start,
          end: error.span.end,
        });
      }
    }
  }
  if (failures.length > 0) throw new AppError(400, 'unknown-filter-field', { fields: failures });
  if (details.length > 0) throw new AppError(400, 'invalid-filter', { errors: details });
  return predicates;
}

function sortOf(request: ListRequest): { column: ListColumn; descending: boolean } {
  const sort = request.query.sort ?? request.record.defaultSort;
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  const column = request.columns[key];
  if (!column?.field.sortable) throw new AppError(400, 'unknown-sort-field', { params: { field: key } });
  return { column, descending };
}

/**
 * The sort expression. Columns that never hold NULL are used bare, so the `(column, id)` index
 * serves order and cursor and a page reads only its own rows; nullable ones are coalesced to
 * the smallest value, so NULLs never break the `(value, id)` cursor comparison.
 */
function sortExpressionOf(column: ListColumn): RawBuilder<string | number> {
  const ref = column.keyColumn ? sql.ref(column.keyColumn) : (column.expression ?? sql.ref(column.column));
  if (column.notNull) return sql<string | number>`${ref}`;
  const numeric =
    column.field.kind === 'number' || column.field.kind === 'money' || column.field.kind === 'boolean';
  return numeric ? sql<number>`coalesce(${ref}, -9007199254740991)` : sql<string>`coalesce(${ref}, '')`;
}
