import type { FilterAst, Operator } from './ast.js';
import type { FilterError } from './errors.js';
import { parseFilter } from './parse.js';
import { termCondition } from './term-condition.js';
import type { ConditionContext } from './term-helpers.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from './time-zone.js';

// The server imports the whole filter contract from this one file.
export { describeFilterError } from './describe-error.js';
export { parseFilter } from './parse.js';

export type FieldType = 'text' | 'number' | 'money' | 'date' | 'datetime' | 'enum' | 'boolean';

/** What the server compiles to SQL; see the comments for the type of `compare.value` per field type. */
export type Condition =
  | { kind: 'and' | 'or'; conditions: Condition[] }
  | { kind: 'not'; condition: Condition }
  // text: value as typed (compared case-insensitively); number: number; money: integer cents;
  // date: 'YYYY-MM-DD'; datetime: UTC ISO instant; enum: the enum value; boolean: boolean.
  | { kind: 'compare'; op: Operator; value: string | number | boolean }
  // Text only, SQL LIKE with backslash as escape character: `\`, `%` and `_` typed by the user are escaped.
  | { kind: 'match'; pattern: string }
  // The column is null or ''.
  | { kind: 'empty' };

export type FilterResult<T> = { ok: true; value: T } | { ok: false; errors: FilterError[] };

export interface EnumValue {
  value: string;
  /** German and English labels; any of them, or the value itself, selects this value. */
  labels: string[];
}

export interface FilterField {
  type: FieldType;
  enumValues?: EnumValue[];
}

export interface FilterOptions {
  /** Whose midnight a day starts at on datetime columns, and what "today" is; default Europe/Berlin. */
  timeZone?: string;
  /** Decides ambiguous numbers like `1.500`; default German. */
  language?: 'de' | 'en';
  /** The clock for `heute`/`today`; tests pass a fixed instant. */
  now?: Date;
}

/** Types a parsed filter for one column; collects an error for every term that makes no sense there. */
export function toConditions(
  ast: FilterAst,
  field: FilterField,
  options: FilterOptions = {},
): FilterResult<Condition> {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  // An unknown zone would make Intl throw deep inside date handling; report it instead.
  if ((field.type === 'date' || field.type === 'datetime') && !isValidTimeZone(timeZone)) {
    return { ok: false, errors: [{ code: 'invalid-time-zone', params: { timeZone }, span: ast.span }] };
  }
  const context: ConditionContext = {
    field,
    timeZone,
    language: options.language ?? 'de',
    now: options.now ?? new Date(),
  };
  return convert(ast, context);
}

function convert(ast: FilterAst, context: ConditionContext): FilterResult<Condition> {
  if (ast.kind === 'term') return termCondition(ast, context);
  const conditions: Condition[] = [];
  const errors: FilterError[] = [];
  for (const term of ast.terms) {
    const result = convert(term, context);
    if (result.ok) conditions.push(result.value);
    else errors.push(...result.errors);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { kind: ast.kind, conditions } };
}

/** Parses and types a filter in one step: what the server runs on a column's filter text. */
export function compileFilter(
  input: string,
  field: FilterField,
  options: FilterOptions = {},
): FilterResult<Condition> {
  const parsed = parseFilter(input);
  return parsed.ok ? toConditions(parsed.value, field, options) : parsed;
}
