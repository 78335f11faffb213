import type { FilterTerm } from './ast.js';
import type { Condition, EnumValue, FilterResult } from './conditions.js';
import { hasWildcard, negate, termError } from './term-helpers.js';
import { fold, matchesWildcard } from './wildcard.js';

/** Choice column: the value or any label, case-insensitive, `*` allowed; only `=` and `!=`. */
export function enumCondition(term: FilterTerm, enumValues: EnumValue[]): FilterResult<Condition> {
  const op = term.operator ?? '=';
  if (op !== '=' && op !== '!=') return termError('operator-not-allowed', term, { operator: op }, term.span);
  const typed = term.value.trim();
  const selects = hasWildcard(term)
    ? (name: string) => matchesWildcard(typed, name)
    : (name: string) => fold(name) === fold(typed);
  const matched = enumValues.filter((e) => [e.value, ...e.labels].some(selects)).map((e) => e.value);
  if (matched.length === 0)
    return termError('unknown-enum-value', term, { allowed: allowedLabels(enumValues) });
  if (matched.length === 1 && matched[0] !== undefined) {
    return { ok: true, value: { kind: 'compare', op, value: matched[0] } };
  }
  const any: Condition = {
    kind: 'or',
    conditions: matched.map((value) => ({ kind: 'compare', op: '=', value })),
  };
  return { ok: true, value: op === '=' ? any : negate(any) };
}

/** Every value's labels (German / English as given), so the message shows what the user can type. */
function allowedLabels(enumValues: EnumValue[]): string {
  return enumValues.map((e) => (e.labels.length > 0 ? e.labels.join(' / ') : e.value)).join(', ');
}
