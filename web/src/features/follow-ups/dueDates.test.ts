import { describe, expect, it } from 'vitest';
import { nextWeek, tomorrow } from './dueDates';

describe('quick choices for a new due date', () => {
  it('"Morgen" is the next day at nine, also across a month end', () => {
    expect(tomorrow(new Date(2026, 10, 25, 17, 45))).toEqual(new Date(2026, 10, 26, 9));
    expect(tomorrow(new Date(2026, 11, 31, 8))).toEqual(new Date(2027, 0, 1, 9));
  });

  it('"Nächste Woche" is the coming Monday at nine, a week ahead when today is Monday', () => {
    expect(nextWeek(new Date(2026, 10, 25, 10))).toEqual(new Date(2026, 10, 30, 9)); // Wednesday
    expect(nextWeek(new Date(2026, 10, 29, 22))).toEqual(new Date(2026, 10, 30, 9)); // Sunday
    expect(nextWeek(new Date(2026, 10, 30, 8))).toEqual(new Date(2026, 11, 7, 9)); // Monday
    expect(nextWeek(new Date(2026, 11, 26, 12))).toEqual(new Date(2026, 11, 28, 9)); // Saturday
  });
});
