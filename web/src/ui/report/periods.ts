import type { ReportViewDefaults } from '@kontor/domain/reports';

/** The period choices of a report's toolbar besides a custom from–to. */
export const PERIOD_PRESETS = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisYear', 'lastYear'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface Period {
  from: string | null;
  to: string | null;
}

/** Today's calendar day on this device, as `YYYY-MM-DD`. */
export function todayIso(now = new Date()): string {
  return isoOf(now.getFullYear(), now.getMonth(), now.getDate());
}

function isoOf(year: number, monthIndex: number, day: number): string {
  // Date.UTC rolls month and day over (month -1 → December of the year before, day 0 → last day).
  const date = new Date(Date.UTC(year, monthIndex, day));
  return date.toISOString().slice(0, 10);
}

/** A preset's first and last day (inclusive) around today. */
export function presetPeriod(preset: PeriodPreset, today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  const quarterStart = month - (month % 3);
  switch (preset) {
    case 'thisMonth':
      return { from: isoOf(year, month, 1), to: isoOf(year, month + 1, 0) };
    case 'lastMonth':
      return { from: isoOf(year, month - 1, 1), to: isoOf(year, month, 0) };
    case 'thisQuarter':
      return { from: isoOf(year, quarterStart, 1), to: isoOf(year, quarterStart + 3, 0) };
    case 'thisYear':
      return { from: isoOf(year, 0, 1), to: isoOf(year, 11, 31) };
    case 'lastYear':
      return { from: isoOf(year - 1, 0, 1), to: isoOf(year - 1, 11, 31) };
  }
}

/** The period a report opens with: its default (current month, quarter or year) or none. */
export function defaultPeriod(defaults: Pick<ReportViewDefaults, 'period'>, today: string): Period {
  if (defaults.period === null) return { from: null, to: null };
  const preset = { month: 'thisMonth', quarter: 'thisQuarter', year: 'thisYear' } as const;
  return presetPeriod(preset[defaults.period], today);
}

/** Which preset a period is, for the toolbar's choice; `custom` for any other from–to. */
export function presetOf(period: Period, today: string): PeriodPreset | 'custom' {
  return (
    PERIOD_PRESETS.find((preset) => {
      const candidate = presetPeriod(preset, today);
      return candidate.from === period.from && candidate.to === period.to;
    }) ?? 'custom'
  );
}
