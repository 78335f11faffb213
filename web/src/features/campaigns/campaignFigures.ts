/** Where a campaign stands in time, seen from `today` (YYYY-MM-DD); null without any dates. */
export type PeriodState = 'planned' | 'running' | 'ended';

export function periodState(
  startsOn: string | null,
  endsOn: string | null,
  today: string,
): PeriodState | null {
  if (!startsOn && !endsOn) return null;
  if (startsOn && today < startsOn) return 'planned';
  if (endsOn && today > endsOn) return 'ended';
  return 'running';
}

/** Today as a calendar date in the user's time zone. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Days from start to end, both included; null when either is open. */
export function periodDays(startsOn: string | null, endsOn: string | null): number | null {
  if (!startsOn || !endsOn) return null;
  const day = 24 * 60 * 60 * 1000;
  return Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / day) + 1;
}

export interface BudgetUsage {
  /** Actual cost as a share of the budget in whole percent (may pass 100). */
  percent: number;
  /** Budget left (negative when overspent), in cents. */
  remainingCents: number;
  over: boolean;
}

/** How much of the budget the actual cost has used; null when there is no budget to compare with. */
export function budgetUsage(budgetCents: number | null, actualCostCents: number | null): BudgetUsage | null {
  if (budgetCents === null || budgetCents <= 0) return null;
  const actual = actualCostCents ?? 0;
  return {
    percent: Math.round((actual / budgetCents) * 100),
    remainingCents: budgetCents - actual,
    over: actual > budgetCents,
  };
}
