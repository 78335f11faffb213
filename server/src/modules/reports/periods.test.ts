import { describe, expect, it } from 'vitest';
import {
  bucketLabel,
  buckets,
  currentPeriod,
  instantOf,
  parseDay,
  period,
  previousPeriod,
} from './periods.js';

const range = (from: string, to: string) => period(parseDay(from), parseDay(to));

describe('report periods', () => {
  it('begins Berlin days at their UTC instants, summer time included', () => {
    expect(instantOf(parseDay('2026-04-01'))).toBe('2026-03-31T22:00:00.000Z');
    expect(instantOf(parseDay('2026-03-01'))).toBe('2026-02-28T23:00:00.000Z');
  });

  it('compares a month with the month before and other ranges with as many days before', () => {
    const march = previousPeriod(range('2026-03-01', '2026-03-31'));
    expect([march.from, march.to]).toEqual([parseDay('2026-02-01'), parseDay('2026-02-28')]);
    const quarter = previousPeriod(range('2026-04-01', '2026-06-30'));
    expect([quarter.from, quarter.to]).toEqual([parseDay('2026-01-01'), parseDay('2026-03-31')]);
    const days = previousPeriod(range('2026-03-10', '2026-03-19'));
    expect([days.from, days.to]).toEqual([parseDay('2026-02-28'), parseDay('2026-03-09')]);
  });

  it('cuts buckets to the period, weeks from Monday', () => {
    const weeks = buckets(range('2026-03-04', '2026-03-17'), 'week');
    expect(weeks.map((b) => b.value)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(weeks[0]?.start).toEqual(parseDay('2026-03-04'));
    expect(weeks[2]?.end).toEqual(parseDay('2026-03-18'));
  });

  it('labels periods as UX.md writes them', () => {
    expect(bucketLabel('2026-03-01', 'month', 'de')).toBe('März 2026');
    expect(bucketLabel('2026-03-01', 'month', 'en')).toBe('March 2026');
    expect(bucketLabel('2026-11-23', 'week', 'de')).toBe('KW 48 2026');
    expect(bucketLabel('2026-01-01', 'quarter', 'de')).toBe('Q1 2026');
    expect(bucketLabel('2026-03-31', 'day', 'de')).toBe('31.03.2026');
  });

  it('finds the current month in Berlin', () => {
    const now = currentPeriod('month', new Date('2026-03-31T22:30:00Z'));
    expect(now.from).toEqual(parseDay('2026-04-01'));
  });
});
