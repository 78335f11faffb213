import { addDays, addMonths, type CalendarDay, isoDay } from '@kontor/domain/filter/calendar';
import { dayIn, startOfDayUtc } from '@kontor/domain/filter/time-zone';
import type { PeriodGrain } from '@kontor/domain/reports';
import type { Language } from '@kontor/domain/users';

const ZONE = 'Europe/Berlin';

/** A report period: inclusive calendar days `from`–`to` in Berlin, i.e. the days [from, end). */
export interface Period {
  from: CalendarDay;
  to: CalendarDay;
  /** The day after `to`, where the half-open range ends. */
  end: CalendarDay;
}

/** One bucket of a period dimension: its key (the bucket's first day) and its days inside the period. */
export interface Bucket {
  value: string;
  start: CalendarDay;
  end: CalendarDay;
}

export function parseDay(text: string): CalendarDay {
  const [year, month, day] = text.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1 };
}

export function period(from: CalendarDay, to: CalendarDay): Period {
  return { from, to, end: addDays(to, 1) };
}

export const compareDays = (a: CalendarDay, b: CalendarDay) => isoDay(a).localeCompare(isoDay(b));

/** Whole days between two days (b − a). */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

/** The current month, quarter or year in Berlin at `now`. */
export function currentPeriod(kind: 'month' | 'quarter' | 'year', now: Date): Period {
  const today = dayIn(now, ZONE);
  const firstMonth =
    kind === 'month' ? today.month : kind === 'quarter' ? today.month - ((today.month - 1) % 3) : 1;
  const from = { year: today.year, month: firstMonth, day: 1 };
  const end = addMonths(from, kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12);
  return { from, to: addDays(end, -1), end };
}

/**
 * The period of equal length right before: whole calendar months go back by as many months (so
 * March compares with February, a quarter with the quarter before), other ranges by as many days.
 */
export function previousPeriod(current: Period): Period {
  if (current.from.day === 1 && current.end.day === 1) {
    const months = (current.end.year - current.from.year) * 12 + current.end.month - current.from.month;
    const from = addMonths(current.from, -months);
    return { from, to: addDays(current.from, -1), end: current.from };
  }
  const length = daysBetween(current.from, current.end);
  return period(addDays(current.from, -length), addDays(current.from, -1));
}

/** The UTC instant (ISO text, as datetime columns store it) at which a Berlin day begins. */
export const instantOf = (day: CalendarDay) => startOfDayUtc(day, ZONE);

/** The first day of the grain's bucket that holds `day` (weeks start on Monday, ISO 8601). */
export function bucketStart(day: CalendarDay, grain: PeriodGrain): CalendarDay {
  switch (grain) {
    case 'day':
      return day;
    case 'week': {
      const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
      return addDays(day, -((weekday + 6) % 7));
    }
    case 'month':
      return { year: day.year, month: day.month, day: 1 };
    case 'quarter':
      return { year: day.year, month: day.month - ((day.month - 1) % 3), day: 1 };
    case 'year':
      return { year: day.year, month: 1, day: 1 };
  }
}

function nextBucket(start: CalendarDay, grain: PeriodGrain): CalendarDay {
  if (grain === 'day') return addDays(start, 1);
  if (grain === 'week') return addDays(start, 7);
  return addMonths(start, grain === 'month' ? 1 : grain === 'quarter' ? 3 : 12);
}

/** How many buckets a period has at a grain, without building them (for the size check). */
export function bucketCount(range: Period, grain: PeriodGrain): number {
  const days = daysBetween(range.from, range.end);
  if (grain === 'day') return days;
  if (grain === 'week') return Math.ceil(days / 7) + 1;
  const months = (range.end.year - range.from.year) * 12 + range.end.month - range.from.month + 1;
  return grain === 'month'
    ? months
    : grain === 'quarter'
      ? Math.ceil(months / 3) + 1
      : Math.ceil(months / 12) + 1;
}

/** The buckets covering a period, each cut to the period, so their day ranges add up to it exactly. */
export function buckets(range: Period, grain: PeriodGrain): Bucket[] {
  const result: Bucket[] = [];
  for (let start = bucketStart(range.from, grain); compareDays(start, range.end) < 0; ) {
    const next = nextBucket(start, grain);
    const from = compareDays(start, range.from) < 0 ? range.from : start;
    const end = compareDays(next, range.end) > 0 ? range.end : next;
    result.push({ value: isoDay(start), start: from, end });
    start = next;
  }
  return result;
}

/** The ISO 8601 week number and its year of a Monday. */
function isoWeek(monday: CalendarDay): { week: number; year: number } {
  const thursday = addDays(monday, 3);
  const firstOfYear = Date.UTC(thursday.year, 0, 1);
  const ordinal = (Date.UTC(thursday.year, thursday.month - 1, thursday.day) - firstOfYear) / 86_400_000;
  return { week: Math.floor(ordinal / 7) + 1, year: thursday.year };
}

/** A bucket's label as UX.md writes periods: "31.03.2026", "KW 14 2026", "März 2026", "Q1 2026", "2026". */
export function bucketLabel(value: string, grain: PeriodGrain, language: Language): string {
  const day = parseDay(value);
  switch (grain) {
    case 'day':
      return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(day.year, day.month - 1, day.day)));
    case 'week': {
      const { week, year } = isoWeek(day);
      return language === 'de' ? `KW ${week} ${year}` : `Week ${week} ${year}`;
    }
    case 'month':
      return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(day.year, day.month - 1, 1)));
    case 'quarter':
      return `Q${Math.floor((day.month - 1) / 3) + 1} ${day.year}`;
    case 'year':
      return String(day.year);
  }
}

/** A day as the filter language and the screen write it: 1.3.2026 in German, ISO in English. */
export function formatDay(day: CalendarDay, language: Language): string {
  if (language === 'de') return `${day.day}.${day.month}.${day.year}`;
  return isoDay(day);
}
