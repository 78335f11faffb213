import { enumFilterValues, fieldOf, type ListQuery } from '@kontor/domain/fields';
import { type Condition, compileFilter } from '@kontor/domain/filter/conditions';
import { OPPORTUNITY } from '@kontor/domain/opportunities';
import { OPPORTUNITY_STATUSES, type OpportunityStatus } from '@kontor/domain/sales-status';
import type { Language } from '@kontor/domain/users';

/** What the board shows unless its filter asks for statuses: the deals still being worked on. */
export const ACTIVE_PIPELINE: readonly OpportunityStatus[] = ['open', 'replied', 'quotation'];

/**
 * The statuses the board includes: the active pipeline, or — when the filter names a status
 * condition — exactly the statuses that condition admits, so the page can say what it shows.
 * A malformed condition admits none; the list filters refuse it with a 400 before this matters.
 */
export function boardStatuses(
  query: ListQuery,
  language: Language,
): { statuses: OpportunityStatus[]; byDefault: boolean } {
  const text = query.filter.status;
  if (text === undefined || text.trim() === '') return { statuses: [...ACTIVE_PIPELINE], byDefault: true };
  const field = fieldOf(OPPORTUNITY, 'status');
  const compiled = compileFilter(
    text,
    { type: 'enum', enumValues: field ? enumFilterValues(field) : [] },
    { language, timeZone: 'Europe/Berlin' },
  );
  if (!compiled.ok) return { statuses: [], byDefault: false };
  return {
    statuses: OPPORTUNITY_STATUSES.filter((status) => admits(compiled.value, status)),
    byDefault: false,
  };
}

function admits(condition: Condition, value: string): boolean {
  switch (condition.kind) {
    case 'and':
      return condition.conditions.every((c) => admits(c, value));
    case 'or':
      return condition.conditions.some((c) => admits(c, value));
    case 'not':
      return !admits(condition.condition, value);
    case 'compare':
      return condition.op === '!='
        ? condition.value !== value
        : condition.op === '=' && condition.value === value;
    // A status is never empty, and enum filters do not match patterns.
    case 'empty':
    case 'match':
      return false;
  }
}
