import type { FilterTerm, Operator } from './ast.js';
import { type CalendarDay, isoDay } from './calendar.js';
import type { Condition, FilterResult } from './conditions.js';
import { parseDateRange } from './date-parse.js';
import { type ConditionContext, negate, termError } from './term-helpers.js';
import { dayIn, startOfDayUtc } from './time-zone.js';

/**
 * Date and datetime columns: every value is a range [start, end) — a day, month or year — and the
 * operators compare against its bounds, so `>=1.3.2019&<1.4.2019` is exactly the month of March.
 */
export function dateCondition(
  term: FilterTerm,
  type: 'date' | 'datetime',
  context: ConditionContext,
): FilterResult<Condition> {
  const range = parseDateRange(term.value, dayIn(context.now, context.timeZone));
  if (range === null) return termError('invalid-date', term);
  // Date columns hold days; datetime columns hold instants, so a day begins at local midnight.
  const bound = (day: CalendarDay) => (type === 'date' ? isoDay(day) : startOfDayUtc(day, context.timeZone));
  return { ok: true, value: rangeCondition(term.operator ?? '=', bound(range.start), bound(range.end)) };
}

function rangeCondition(operator: Operator, start: string, end: string): Condition {
  const compare = (op: Operator, value: string): Condition => ({ kind: 'compare', op, value });
  const within: Condition = { kind: 'and', conditions: [compare('>=', start), compare('<', end)] };
  switch (operator) {
    case '=':
      return within;
    case '!=':
      return negate(within);
    case '<':
      return compare('<', start);
    case '<=':
      return compare('<', end);
    case '>':
      return compare('>=', end);
    case '>=':
      return compare('>=', start);
  }
}
