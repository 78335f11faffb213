import type { FilterTerm } from './ast.js';
import type { Condition, FilterResult } from './conditions.js';
import { termError } from './term-helpers.js';

const TRUE_WORDS = new Set(['ja', 'yes', 'true', 'wahr', '1']);
const FALSE_WORDS = new Set(['nein', 'no', 'false', 'falsch', '0']);

/** Yes/no column: German and English words, `1` and `0`; only `=` and `!=` make sense. */
export function booleanCondition(term: FilterTerm): FilterResult<Condition> {
  const op = term.operator ?? '=';
  if (op !== '=' && op !== '!=') return termError('operator-not-allowed', term, { operator: op }, term.span);
  const word = term.value.trim().toLowerCase();
  const value = TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : null;
  if (value === null) return termError('invalid-boolean', term);
  return { ok: true, value: { kind: 'compare', op, value } };
}
