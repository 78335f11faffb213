import type { FilterTerm, Span } from './ast.js';
import type { Condition, FilterField } from './conditions.js';
import type { FilterError, FilterErrorCode } from './errors.js';
import { formatTerm } from './format.js';

/** Everything the per-type rules need besides the term, with the options' defaults filled in. */
export interface ConditionContext {
  field: FilterField;
  timeZone: string;
  language: 'de' | 'en';
  now: Date;
}

/** Wraps a condition in `not`, unwrapping instead of stacking two negations. */
export function negate(condition: Condition): Condition {
  return condition.kind === 'not' ? condition.condition : { kind: 'not', condition };
}

/** A failed result naming the term, so every message can quote what the user typed. */
export function termError(
  code: FilterErrorCode,
  term: FilterTerm,
  params: FilterError['params'] = {},
  span: Span = term.valueSpan,
): { ok: false; errors: FilterError[] } {
  return {
    ok: false,
    errors: [{ code, params: { term: formatTerm(term), value: term.value, ...params }, span }],
  };
}

/** True when the user typed a `*` that is meant as a wildcard (quoted values are literal). */
export function hasWildcard(term: FilterTerm): boolean {
  return !term.quoted && term.value.includes('*');
}
