import { z } from 'zod';
import { gatherFilterParams, type Label } from './fields.js';

/**
 * The report contract (SPEC R1–R5, R8; issue 6), shared by the server that computes reports and
 * the web that shows them. A report declares what it can measure and by what it can group; a
 * view (the URL's state) chooses among them; the result carries every figure with the records
 * behind it, so the UI links each number to a filtered list without knowing the report.
 */

export const REPORT_NAMES = [
  'funnel',
  'pipeline',
  'lead-sources',
  'leads',
  'opportunities',
  'sales',
] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

/**
 * How a measure's numbers are read: `money` in integer cents, `percent` as 0–100 with
 * decimals, `days` as a decimal number of days, `count` and `number` as they are.
 */
export type MeasureKind = 'count' | 'money' | 'percent' | 'days' | 'number';

export const PERIOD_GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type PeriodGrain = (typeof PERIOD_GRAINS)[number];

export const CHART_KINDS = ['funnel', 'bar', 'stacked-bar', 'line', 'pie'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export interface MeasureDef {
  key: string;
  label: Label;
  kind: MeasureKind;
}

/**
 * A dimension groups rows: `record` by a referenced record (owner, team, stage, campaign,
 * customer, product, category), `enum` by a fixed list (status, source), `period` by the
 * report's date bucketed by the view's grain (in Europe/Berlin), `step` by the report's own
 * fixed steps (the funnel's lead → opportunity → quotation → order).
 */
export interface DimensionDef {
  key: string;
  label: Label;
  kind: 'record' | 'enum' | 'period' | 'step';
}

/** What `GET /api/reports` lists and `GET /api/reports/:name/definition` answers. */
export interface ReportDef {
  name: ReportName;
  title: Label;
  description: Label;
  /** The record type (as in recordPath: 'lead', 'opportunity', …) whose fields `filter` takes. */
  record: string;
  measures: MeasureDef[];
  dimensions: DimensionDef[];
  /** The filterable field keys of `record` the view's filter may name. */
  filters: string[];
  /** What the period (`from`/`to`) applies to, e.g. "Erstellt am"; null when the report has none. */
  periodField: Label | null;
  charts: ChartKind[];
  /** The view a report opens with; missing view fields take these. */
  defaults: ReportViewDefaults;
}

export interface ReportViewDefaults {
  groupBy: string[];
  measures: string[];
  sort: string | null;
  chart: ChartKind;
  grain: PeriodGrain;
  /** The default period relative to today: the current month, quarter or year; null for none. */
  period: 'month' | 'quarter' | 'year' | null;
}

const key = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'Ungültiger Name')
  .max(40);
const keyList = z
  .string()
  .max(500)
  .transform((text) => (text.trim() === '' ? [] : text.split(',').map((part) => part.trim())))
  .pipe(z.array(key).max(12));

/**
 * A report view as the query string carries it, e.g.
 * `?groupBy=owner,period&grain=month&measures=count,amount&from=2026-01-01&to=2026-03-31&filter[status]=Offen&sort=-amount&compare=1&chart=bar`.
 * Omitted fields take the report's defaults; `from`/`to` are inclusive calendar days.
 */
export const reportViewSchema = z.preprocess(
  gatherFilterParams,
  z
    .object({
      groupBy: keyList.pipe(z.array(key).max(2)).optional(),
      grain: z.enum(PERIOD_GRAINS).optional(),
      measures: keyList.optional(),
      from: z.iso.date().optional(),
      to: z.iso.date().optional(),
      filter: z.record(z.string().max(64), z.string().max(1000)).default({}),
      sort: z
        .string()
        .regex(/^-?[a-zA-Z][a-zA-Z0-9]*$/)
        .max(41)
        .optional(),
      compare: z
        .enum(['0', '1', 'true', 'false'])
        .transform((value) => value === '1' || value === 'true')
        .optional(),
      chart: z.enum(CHART_KINDS).optional(),
    })
    .strict(),
);
export type ReportViewQuery = z.infer<typeof reportViewSchema>;

/** A view with every default applied, as the result echoes it. */
export interface ReportView {
  groupBy: string[];
  grain: PeriodGrain;
  measures: string[];
  from: string | null;
  to: string | null;
  filter: Record<string, string>;
  sort: string | null;
  compare: boolean;
  chart: ChartKind;
}

/**
 * The records behind one figure: the list of `record` (as in recordPath) with these filters in
 * the filter language of the asking user's language — the web opens `/<list>?filter.<key>=<text>`.
 */
export interface DrillTarget {
  record: string;
  filter: Record<string, string>;
}

/** One group's key: the stored value (id, enum value, period start date, step) and its label. */
export interface ReportKey {
  value: string | null;
  label: string;
}

export interface ReportRow {
  /** Per `view.groupBy` dimension. */
  keys: Record<string, ReportKey>;
  /** Per measure; null where a rate or average has nothing to divide by. */
  values: Record<string, number | null>;
  /** The same measures over the previous period, when the view compares. */
  previous?: Record<string, number | null>;
  /** Per measure, the records behind the figure; null for figures no list can show (rates). */
  drill: Record<string, DrillTarget | null>;
}

export interface ReportResult {
  report: ReportName;
  view: ReportView;
  /** The compared period, when the view compares: the same length right before `from`. */
  previousPeriod: { from: string; to: string } | null;
  measures: MeasureDef[];
  dimensions: DimensionDef[];
  rows: ReportRow[];
  /** The measures over all rows (not the sum of rates: computed over the whole set). */
  totals: Omit<ReportRow, 'keys'>;
  /** More groups matched than a report shows (the first 500 by the sort). */
  truncated: boolean;
}
