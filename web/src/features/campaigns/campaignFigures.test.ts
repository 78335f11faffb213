import { describe, expect, it } from 'vitest';
import { budgetUsage, localToday, periodDays, periodState } from './campaignFigures';

describe('a campaign’s figures', () => {
  it('is planned before its start, running in its period (both days included), ended after', () => {
    expect(periodState('2026-04-20', '2026-04-24', '2026-04-19')).toBe('planned');
    expect(periodState('2026-04-20', '2026-04-24', '2026-04-20')).toBe('running');
    expect(periodState('2026-04-20', '2026-04-24', '2026-04-24')).toBe('running');
    expect(periodState('2026-04-20', '2026-04-24', '2026-04-25')).toBe('ended');
    expect(periodState(null, '2026-04-24', '2026-01-01')).toBe('running');
    expect(periodState(null, null, '2026-01-01')).toBeNull();
  });

  it('counts the days of a period with both ends, also across the change to summer time', () => {
    expect(periodDays('2026-04-20', '2026-04-24')).toBe(5);
    expect(periodDays('2026-03-28', '2026-03-30')).toBe(3);
    expect(periodDays('2026-04-20', null)).toBeNull();
  });

  it('compares the actual cost with the budget', () => {
    expect(budgetUsage(500_000, 123_456)).toEqual({ percent: 25, remainingCents: 376_544, over: false });
    expect(budgetUsage(500_000, null)).toEqual({ percent: 0, remainingCents: 500_000, over: false });
    expect(budgetUsage(500_000, 600_000)).toEqual({ percent: 120, remainingCents: -100_000, over: true });
    expect(budgetUsage(null, 600_000)).toBeNull();
    expect(budgetUsage(0, 600_000)).toBeNull();
  });

  it('takes today from the local calendar', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
