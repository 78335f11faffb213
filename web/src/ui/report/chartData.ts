import type { DrillTarget, MeasureDef, ReportResult } from '@kontor/domain/reports';
import { rowLabel, sortRows } from './rows';

/** Chart colours from the Mantine theme, so both colour schemes keep their contrast. */
export const CHART_COLORS = [
  'blue.6',
  'teal.6',
  'orange.6',
  'grape.6',
  'cyan.6',
  'pink.6',
  'lime.7',
  'indigo.5',
];

export interface ChartSeries {
  name: string;
  label: string;
  color: string;
}

/** What a chart draws: one item per category (x axis) with a value per series, and each point's records. */
export interface ChartModel {
  /** The measure whose kind the axis and tooltip format. */
  measure: MeasureDef;
  /** The series are the groups of a second grouping (not measures). */
  split: boolean;
  series: ChartSeries[];
  data: Record<string, string | number | null>[];
  /** Per category index and series name, the records behind the point. */
  drill: Record<string, DrillTarget | null>[];
}

export const CATEGORY_KEY = 'category';

/**
 * A chart from a result: with two groupings the first runs along the axis and the second makes
 * the series (of the first shown measure); with one, the shown measures of the first one's kind
 * are the series — a count and an amount on one axis would make one of them unreadable.
 */
export function chartModel(result: ReportResult, label: (measure: MeasureDef) => string): ChartModel | null {
  const shown = result.view.measures
    .map((key) => result.measures.find((measure) => measure.key === key))
    .filter((measure): measure is MeasureDef => measure !== undefined);
  const primary = shown[0];
  if (!primary) return null;
  const rows = sortRows(result, result.view.sort);
  const [first, second] = result.view.groupBy;

  if (first && second) {
    const seriesNames: string[] = [];
    const byCategory = new Map<
      string,
      { item: Record<string, string | number | null>; drill: Record<string, DrillTarget | null> }
    >();
    for (const row of rows) {
      const category = row.keys[first]?.label ?? '–';
      const seriesName = row.keys[second]?.label ?? '–';
      if (!seriesNames.includes(seriesName)) seriesNames.push(seriesName);
      const entry = byCategory.get(category) ?? { item: { [CATEGORY_KEY]: category }, drill: {} };
      entry.item[seriesName] = row.values[primary.key] ?? null;
      entry.drill[seriesName] = row.drill[primary.key] ?? null;
      byCategory.set(category, entry);
    }
    const entries = [...byCategory.values()];
    return {
      measure: primary,
      split: true,
      series: seriesNames.map((name, index) => ({
        name,
        label: name,
        color: CHART_COLORS[index % CHART_COLORS.length] ?? 'blue.6',
      })),
      data: entries.map((entry) => entry.item),
      drill: entries.map((entry) => entry.drill),
    };
  }

  const measures = shown.filter((measure) => measure.kind === primary.kind);
  return {
    measure: primary,
    split: false,
    series: measures.map((measure, index) => ({
      name: measure.key,
      label: label(measure),
      color: CHART_COLORS[index % CHART_COLORS.length] ?? 'blue.6',
    })),
    data: rows.map((row) => ({
      [CATEGORY_KEY]: first ? rowLabel(row, [first]) : '',
      ...Object.fromEntries(measures.map((measure) => [measure.key, row.values[measure.key] ?? null])),
    })),
    drill: rows.map((row) =>
      Object.fromEntries(measures.map((measure) => [measure.key, row.drill[measure.key] ?? null])),
    ),
  };
}
