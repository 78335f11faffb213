// What the reports suite measures, read from the definitions the server lists at run time (so
// reports added while the suite was written are measured too): each report's default view, the
// report grouped by every single dimension of its definition, and — where it has a period — the
// default view compared with the previous period, and a report that opens on a shorter period
// over this year so far. Goals of issue 6: a default view p95 ≤ 300 ms,
// any regrouping p95 ≤ 1 s.
import type { ReportDef } from '@kontor/domain/reports';

export const DEFAULT_GOAL_MS = 300;
export const REGROUP_GOAL_MS = 1000;

export interface ReportCase {
  report: string;
  /** What the case shows, e.g. "default", "groupBy=owner", "compare=1". */
  view: string;
  query: Record<string, string>;
  goalMs: number;
}

export function reportCases(def: ReportDef, today: Date): ReportCase[] {
  const cases: ReportCase[] = [{ report: def.name, view: 'default', query: {}, goalMs: DEFAULT_GOAL_MS }];
  for (const dimension of def.dimensions)
    cases.push({
      report: def.name,
      view: `groupBy=${dimension.key}`,
      query: { groupBy: dimension.key },
      goalMs: REGROUP_GOAL_MS,
    });
  if (def.periodField !== null) {
    const thisYear = { from: `${today.getUTCFullYear()}-01-01`, to: today.toISOString().slice(0, 10) };
    // The widest period preset a user picks for a report that opens on a month or a quarter.
    if (def.defaults.period)
      cases.push({ report: def.name, view: 'this year', query: thisYear, goalMs: REGROUP_GOAL_MS });
    // Without a default period there is nothing to compare: this year so far, then.
    const period: Record<string, string> = def.defaults.period ? {} : thisYear;
    cases.push({
      report: def.name,
      view: `compare=1${def.defaults.period ? '' : ' (this year)'}`,
      query: { ...period, compare: '1' },
      goalMs: REGROUP_GOAL_MS,
    });
  }
  return cases;
}

export function pathOf(item: ReportCase): string {
  const query = new URLSearchParams(item.query).toString();
  return `/api/reports/${item.report}${query ? `?${query}` : ''}`;
}
