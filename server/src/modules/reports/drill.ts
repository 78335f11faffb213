import type { CalendarDay } from '@kontor/domain/filter/calendar';
import type { Language } from '@kontor/domain/users';
import { formatDay } from './periods.js';

/**
 * Filter texts for drill-down targets, in the filter language (SPEC X2) the lists parse: an
 * exact match quotes the value, so names with `&`, `|` or spaces stay one term; a missing value
 * is `=` alone ("is empty").
 */
export function exactly(value: string | null): string {
  if (value === null || value === '') return '=';
  return `="${value.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`;
}

/** Any of the values exactly (`="a" | ="b"`). */
export function anyOf(values: readonly string[]): string {
  return values.map(exactly).join(' | ');
}

/** The days [start, end) as a date or datetime filter, e.g. `>=1.3.2026 & <1.4.2026` (Berlin days). */
export function dayRange(start: CalendarDay, end: CalendarDay, language: Language): string {
  return `>=${formatDay(start, language)} & <${formatDay(end, language)}`;
}
