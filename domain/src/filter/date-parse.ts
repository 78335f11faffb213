import { addDays, addMonths, type CalendarDay, isRealDay } from './calendar.js';

/** The days a date value stands for, as a half-open range [start, end). */
export interface DayRange {
  start: CalendarDay;
  end: CalendarDay;
}

/** Four-digit years only; 9999 is out because its end (year 10000) has no `YYYY-MM-DD` form. */
const MIN_YEAR = 1000;
const MAX_YEAR = 9998;

const TODAY_WORDS = new Set(['heute', 'today']);

/** Reads `d.m.yyyy`, `yyyy-mm-dd`, `m.yyyy`, `yyyy-mm`, `yyyy` or `heute`/`today` as a day, month or year. */
export function parseDateRange(text: string, today: CalendarDay): DayRange | null {
  const value = text.trim();
  if (TODAY_WORDS.has(value.toLowerCase())) return dayRange(today);
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (m !== null) return dayRange(day(m[3], m[2], m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m !== null) return dayRange(day(m[1], m[2], m[3]));
  m = /^(\d{1,2})\.(\d{4})$/.exec(value);
  if (m !== null) return monthRange(day(m[2], m[1], '1'));
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m !== null) return monthRange(day(m[1], m[2], '1'));
  m = /^(\d{4})$/.exec(value);
  if (m !== null) {
    const first = day(m[1], '1', '1');
    return first === null ? null : { start: first, end: addMonths(first, 12) };
  }
  return null;
}

function monthRange(first: CalendarDay | null): DayRange | null {
  return first === null ? null : { start: first, end: addMonths(first, 1) };
}

function dayRange(start: CalendarDay | null): DayRange | null {
  return start === null ? null : { start, end: addDays(start, 1) };
}

function day(
  year: string | undefined,
  month: string | undefined,
  dayOfMonth: string | undefined,
): CalendarDay | null {
  const candidate = { year: Number(year), month: Number(month), day: Number(dayOfMonth) };
  if (candidate.year < MIN_YEAR || candidate.year > MAX_YEAR) return null;
  return isRealDay(candidate) ? candidate : null;
}
