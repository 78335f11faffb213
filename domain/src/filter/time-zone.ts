import type { CalendarDay } from './calendar.js';

/** Kontor's users are German-speaking; their day starts at midnight in Berlin unless told otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone);
  if (cached === undefined) {
    cached = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, cached);
  }
  return cached;
}

/** True when Intl knows the zone; checked up front because Intl throws on unknown zones. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time in `timeZone` at an instant, read back as if it were UTC (milliseconds). */
function wallClock(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(ms))) parts[part.type] = Number(part.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** How far `timeZone` is ahead of UTC at an instant (DST included), in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  return wallClock(ms, timeZone) - Math.floor(ms / 1000) * 1000;
}

/** The calendar day it is in `timeZone` at an instant. */
export function dayIn(instant: Date, timeZone: string): CalendarDay {
  const local = new Date(wallClock(instant.getTime(), timeZone));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** The UTC instant (ISO string) at which `day` begins in `timeZone`. */
export function startOfDayUtc(day: CalendarDay, timeZone: string): string {
  const midnightAsUtc = Date.UTC(day.year, day.month - 1, day.day);
  // The offset at midnight is unknown until we know the instant, so try both offsets around it.
  const first = midnightAsUtc - offsetAt(midnightAsUtc, timeZone);
  const candidates = [first, midnightAsUtc - offsetAt(first, timeZone)];
  const exact = candidates.filter((ms) => wallClock(ms, timeZone) === midnightAsUtc);
  // Midnight twice (clocks set back at 0:00): the day starts at the earlier. Midnight skipped
  // (clocks jump over 0:00): the day starts when the jump lands, the later candidate.
  const start = exact.length > 0 ? Math.min(...exact) : Math.max(...candidates);
  return new Date(start).toISOString();
}
