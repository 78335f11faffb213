import { isoDay } from '@kontor/domain/filter/calendar';
import type { ReportDef, ReportKey, ReportResult, ReportRow, ReportView } from '@kontor/domain/reports';
import type { Language } from '@kontor/domain/users';
import type { ResolvedView } from './view.js';

/** A database number (PostgreSQL sends bigint sums and counts as text) as a JS number; null stays null. */
export function numberOf(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** Rounds averages and rates to two decimals, so both engines answer the same figure. */
export const twoDecimals = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** `part / whole` in percent, or null when there is nothing to divide by. */
export const percent = (part: number | null, whole: number | null) =>
  part === null || !whole ? null : twoDecimals((part / whole) * 100);

/** The label of rows without a value (no owner, no source …). */
export const NONE_LABEL: Record<Language, string> = { de: 'Ohne Angabe', en: 'Not set' };

/**
 * Combines list filters: the same key twice means both must hold, so the texts are joined by
 * `&` inside parentheses (an `|` in either keeps its meaning).
 */
export function mergeFilters(...filters: Record<string, string>[]): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const filter of filters)
    for (const [key, text] of Object.entries(filter)) {
      if (text.trim() === '') continue;
      const before = merged[key];
      merged[key] = before === undefined ? text : `(${before}) & (${text})`;
    }
  return merged;
}

/** The view as the result echoes it (the contract's shape, without the worked-out periods). */
export function echoView(view: ResolvedView): ReportView {
  const { range: _range, previous: _previous, ...rest } = view;
  return rest;
}

export function previousPeriodOf(view: ResolvedView): ReportResult['previousPeriod'] {
  return view.previous ? { from: isoDay(view.previous.from), to: isoDay(view.previous.to) } : null;
}

/** The row order: by the view's sort (a measure or a dimension's label; period keys chronologically), else as given. */
export function sortRows(rows: ReportRow[], view: ResolvedView, def: ReportDef): ReportRow[] {
  if (view.sort === null) return rows;
  const descending = view.sort.startsWith('-');
  const key = descending ? view.sort.slice(1) : view.sort;
  const dimension = def.dimensions.find((d) => d.key === key);
  const compare = (a: ReportRow, b: ReportRow): number => {
    if (dimension) {
      const [x, y] = [a.keys[key], b.keys[key]] as [ReportKey, ReportKey];
      // Steps keep the report's own order (the sort is stable); periods go by their first day.
      if (dimension.kind === 'step') return 0;
      if (dimension.kind === 'period') return String(x.value ?? '').localeCompare(String(y.value ?? ''));
      return x.label.localeCompare(y.label, 'de');
    }
    return (a.values[key] ?? Number.NEGATIVE_INFINITY) - (b.values[key] ?? Number.NEGATIVE_INFINITY);
  };
  return [...rows].sort((a, b) => (descending ? -compare(a, b) : compare(a, b)));
}
