import type { FilterTerm } from './ast.js';
import { booleanCondition } from './boolean-condition.js';
import type { Condition, FilterResult } from './conditions.js';
import { dateCondition } from './date-condition.js';
import { enumCondition } from './enum-condition.js';
import { moneyCondition, numberCondition } from './number-condition.js';
import { type ConditionContext, hasWildcard, negate, termError } from './term-helpers.js';
import { textCondition } from './text-condition.js';

/** Types one term: the rules for empty values and `!` hold for every field type, the rest per type. */
export function termCondition(term: FilterTerm, context: ConditionContext): FilterResult<Condition> {
  const result = term.value === '' ? emptyCondition(term) : typedCondition(term, context);
  return result.ok && term.negated ? { ok: true, value: negate(result.value) } : result;
}

/** `=` or nothing → is empty; `!=` → is not empty; `<` etc. have nothing to compare with. */
function emptyCondition(term: FilterTerm): FilterResult<Condition> {
  const empty: Condition = { kind: 'empty' };
  if (term.operator === null || term.operator === '=') return { ok: true, value: empty };
  if (term.operator === '!=') return { ok: true, value: negate(empty) };
  return termError('missing-value', term, { operator: term.operator });
}

function typedCondition(term: FilterTerm, context: ConditionContext): FilterResult<Condition> {
  const { field } = context;
  if (field.type === 'text') return textCondition(term);
  if (field.type === 'enum') return enumCondition(term, field.enumValues ?? []);
  if (hasWildcard(term)) return termError('wildcard-not-allowed', term);
  switch (field.type) {
    case 'number':
      return numberCondition(term, context.language);
    case 'money':
      return moneyCondition(term, context.language);
    case 'date':
    case 'datetime':
      return dateCondition(term, field.type, context);
    case 'boolean':
      return booleanCondition(term);
  }
}
