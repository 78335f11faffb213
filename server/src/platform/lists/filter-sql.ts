import type { Condition } from '@kontor/domain/filter/conditions';
import { foldGerman } from '@kontor/domain/normalize';
import { type RawBuilder, sql } from 'kysely';
import type { Engine } from '../db/connection.js';
import { lowerText } from '../db/dialect/text.js';
import type { ListColumn } from './columns.js';

type Bool = RawBuilder<boolean>;

/**
 * Turns a typed filter condition for one column into a parametrised SQL predicate. Values
 * are always bound parameters; column names come from the record type's declaration, never
 * from the request.
 */
export function conditionToSql(condition: Condition, column: ListColumn, engine: Engine): Bool {
  switch (condition.kind) {
    case 'and':
    case 'or': {
      const parts = condition.conditions.map((c) => conditionToSql(c, column, engine));
      const joiner = condition.kind === 'and' ? sql` and ` : sql` or `;
      return sql<boolean>`(${sql.join(parts, joiner)})`;
    }
    case 'not':
      // IS NOT TRUE keeps rows whose value is missing: "not Verloren" includes empty ones.
      return sql<boolean>`((${conditionToSql(condition.condition, column, engine)}) is not true)`;
    case 'empty':
      return column.field.kind === 'text' || column.field.kind === 'enumSet'
        ? sql<boolean>`(${columnValue(column)} is null or ${columnValue(column)} = '')`
        : sql<boolean>`(${columnValue(column)} is null)`;
    case 'match':
      return textMatch(condition.pattern, column, engine);
    case 'compare':
      return compare(condition.op, condition.value, column, engine);
  }
}

function textSide(
  column: ListColumn,
  engine: Engine,
): { expression: RawBuilder<unknown>; normalise: (v: string) => string } {
  if (column.keyExpression) return { expression: column.keyExpression, normalise: foldGerman };
  if (column.keyColumn) return { expression: sql.ref(column.keyColumn), normalise: foldGerman };
  return { expression: lowerText(engine, columnValue(column)), normalise: (v) => v.toLowerCase() };
}

function textMatch(pattern: string, column: ListColumn, engine: Engine): Bool {
  if (column.field.kind === 'enumSet') {
    return sql<boolean>`(${columnValue(column)} like ${`%,${pattern.replaceAll('%', '')},%`})`;
  }
  const side = textSide(column, engine);
  // The pattern's escapes (\% \_) survive folding: folding only touches letters.
  const like = sql<boolean>`(${side.expression} like ${side.normalise(pattern)} escape '\\')`;
  const prefix = literalPrefix(side.normalise(pattern));
  // SQLite's LIKE ignores ASCII case and so cannot use an index; on a stored key (binary order,
  // already folded) a range over the literal prefix can, and LIKE still decides exactly.
  if (column.keyColumn && engine === 'sqlite' && prefix.length > 0) {
    return sql<boolean>`(${side.expression} >= ${prefix} and ${side.expression} < ${`${prefix}\uffff`} and ${like})`;
  }
  return like;
}

function compare(op: string, value: string | number | boolean, column: ListColumn, engine: Engine): Bool {
  const operator = sql.raw(op === '!=' ? '<>' : op);
  const ref = columnValue(column);
  switch (column.field.kind) {
    case 'text': {
      const side = textSide(column, engine);
      return sql<boolean>`(${side.expression} ${operator} ${side.normalise(String(value))})`;
    }
    case 'enumSet': {
      const contains = sql<boolean>`(${ref} like ${`%,${String(value)},%`})`;
      return op === '!=' ? sql<boolean>`(${contains} is not true)` : contains;
    }
    case 'boolean':
      return sql<boolean>`(${ref} ${operator} ${value ? 1 : 0})`;
    case 'datetime':
      // Stored as toISOString() text, so bounds must have exactly that form to compare as text.
      return sql<boolean>`(${ref} ${operator} ${new Date(String(value)).toISOString()})`;
    default:
      return sql<boolean>`(${ref} ${operator} ${value})`;
  }
}

function columnValue(column: ListColumn): RawBuilder<unknown> {
  return column.expression ?? sql.ref(column.column);
}

/** The characters of a LIKE pattern before its first wildcard, unescaped. */
function literalPrefix(pattern: string): string {
  let prefix = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === '%' || char === '_') break;
    if (char === '\\') {
      i++;
      if (i < pattern.length) prefix += pattern[i];
      continue;
    }
    prefix += char;
  }
  return prefix;
}
