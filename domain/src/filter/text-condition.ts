import type { FilterTerm } from './ast.js';
import type { Condition, FilterResult } from './conditions.js';
import { hasWildcard, negate, termError } from './term-helpers.js';

/** Escapes LIKE's own special characters so that only the user's `*` act as wildcards. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** The LIKE pattern for a value with wildcards: `*` → `%`, nothing implied around it (`Mül*` = starts with). */
export function wildcardPattern(value: string): string {
  return value.split('*').map(escapeLike).join('%');
}

/** Text: bare = contains, `*` = wildcard match, operators compare the exact value. */
export function textCondition(term: FilterTerm): FilterResult<Condition> {
  const { operator, value } = term;
  if (!hasWildcard(term)) {
    if (operator === null) return { ok: true, value: { kind: 'match', pattern: `%${escapeLike(value)}%` } };
    return { ok: true, value: { kind: 'compare', op: operator, value } };
  }
  const match: Condition = { kind: 'match', pattern: wildcardPattern(value) };
  if (operator === null || operator === '=') return { ok: true, value: match };
  if (operator === '!=') return { ok: true, value: negate(match) };
  return termError('wildcard-not-allowed', term);
}
