/** A calendar day with no time zone attached; month and day are 1-based. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The day `days` after `day` (month and year overflow handled by the UTC calendar). */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  return fromUtc(Date.UTC(day.year, day.month - 1, day.day + days));
}

/** The first day of the month `months` after the month of `day`. */
export function addMonths(day: CalendarDay, months: number): CalendarDay {
  return fromUtc(Date.UTC(day.year, day.month - 1 + months, 1));
}

/** True when the day exists (rejects 31.2.2019). */
export function isRealDay(day: CalendarDay): boolean {
  const roundTrip = fromUtc(Date.UTC(day.year, day.month - 1, day.day));
  return roundTrip.year === day.year && roundTrip.month === day.month && roundTrip.day === day.day;
}

/** `YYYY-MM-DD`, the form date columns store. */
export function isoDay(day: CalendarDay): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

function fromUtc(ms: number): CalendarDay {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
