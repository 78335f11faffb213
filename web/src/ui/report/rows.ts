import type { ReportResult, ReportRow } from '@kontor/domain/reports';

/** What a table column sorts by: a measure's value, or a dimension's key. */
function sortValue(row: ReportRow, key: string, result: ReportResult): number | string | null {
  if (result.measures.some((measure) => measure.key === key)) return row.values[key] ?? null;
  const dimension = result.dimensions.find((candidate) => candidate.key === key);
  const cell = row.keys[key];
  if (!cell) return null;
  // Periods and steps sort by their stored value (a date, the step's order); the rest by label.
  return dimension && (dimension.kind === 'period' || dimension.kind === 'step') ? cell.value : cell.label;
}

/**
 * The rows in a view's sort (`-amount`, `owner`); without one, in the server's order. Empty
 * figures go last either way, so a sort by amount does not open with the groups that have none.
 */
export function sortRows(result: ReportResult, sort: string | null): ReportRow[] {
  if (!sort) return result.rows;
  const descending = sort.startsWith('-');
  const key = descending ? sort.slice(1) : sort;
  const collator = new Intl.Collator('de');
  const rowOrder = new Map(result.rows.map((row, index) => [row, index]));
  return [...result.rows].sort((a, b) => {
    const left = sortValue(a, key, result);
    const right = sortValue(b, key, result);
    if (left === null || right === null) {
      if (left === right) return (rowOrder.get(a) ?? 0) - (rowOrder.get(b) ?? 0);
      return left === null ? 1 : -1;
    }
    const order =
      typeof left === 'number' && typeof right === 'number'
        ? left - right
        : collator.compare(String(left), String(right));
    return (descending ? -order : order) || (rowOrder.get(a) ?? 0) - (rowOrder.get(b) ?? 0);
  });
}

/** The next sort when a column header is clicked: ascending, then descending, then the report's default. */
export function nextSort(current: string | null, key: string, fallback: string | null): string | null {
  if (current === key) return `-${key}`;
  if (current === `-${key}`) return fallback === key || fallback === `-${key}` ? key : fallback;
  return key;
}

/** A row's label for charts: its group keys' labels joined. */
export function rowLabel(row: ReportRow, groupBy: readonly string[]): string {
  return groupBy.map((key) => row.keys[key]?.label ?? '–').join(' · ');
}
