import { isoDay, isRealDay } from '@kontor/domain/filter/calendar';
import type { ReportDef, ReportView, ReportViewQuery } from '@kontor/domain/reports';
import { AppError, invalidField } from '../../platform/http/problem.js';
import {
  bucketCount,
  compareDays,
  currentPeriod,
  type Period,
  parseDay,
  period,
  previousPeriod,
} from './periods.js';

/** At most this many groups (and period buckets) a report shows. */
export const MAX_GROUPS = 500;

/** A view with the report's defaults applied and its period worked out. */
export interface ResolvedView extends ReportView {
  range: Period | null;
  previous: Period | null;
}

/**
 * Applies the report's defaults to the query and checks it against the definition: unknown
 * dimensions, measures, filters or sort keys, impossible days, `from` after `to` and periods
 * with more buckets than a report shows are 400s that name the bad part.
 */
export function resolveView(def: ReportDef, query: ReportViewQuery, now: Date): ResolvedView {
  const groupBy = query.groupBy ?? def.defaults.groupBy;
  const measures = query.measures && query.measures.length > 0 ? query.measures : def.defaults.measures;
  const dimensionKeys = new Set(def.dimensions.map((d) => d.key));
  const measureKeys = new Set(def.measures.map((m) => m.key));
  for (const key of groupBy)
    if (!dimensionKeys.has(key)) throw new AppError(400, 'report-unknown-dimension', { params: { key } });
  if (new Set(groupBy).size !== groupBy.length) throw invalidField('groupBy', 'report-duplicate-dimension');
  for (const key of measures)
    if (!measureKeys.has(key)) throw new AppError(400, 'report-unknown-measure', { params: { key } });
  for (const key of Object.keys(query.filter))
    if (!def.filters.includes(key))
      throw new AppError(400, 'unknown-filter-field', {
        fields: [{ path: `filter.${key}`, code: 'unknown-filter-field' }],
      });
  const sort = query.sort ?? def.defaults.sort;
  if (sort !== null) {
    const key = sort.replace(/^-/, '');
    if (!measures.includes(key) && !groupBy.includes(key))
      throw new AppError(400, 'report-unknown-sort', { params: { key } });
  }
  const chart = query.chart ?? def.defaults.chart;
  if (!def.charts.includes(chart)) throw invalidField('chart', 'report-unknown-chart');
  const grain = query.grain ?? def.defaults.grain;
  const range = rangeOf(def, query, now);
  const hasPeriod = groupBy.some((key) => def.dimensions.find((d) => d.key === key)?.kind === 'period');
  if (range && hasPeriod && bucketCount(range, grain) > MAX_GROUPS)
    throw invalidField('grain', 'report-too-many-periods');
  const compare = (query.compare ?? false) && range !== null;
  return {
    groupBy,
    grain,
    measures,
    from: range ? isoDay(range.from) : null,
    to: range ? isoDay(range.to) : null,
    filter: query.filter,
    sort,
    compare,
    chart,
    range,
    previous: compare && range ? previousPeriod(range) : null,
  };
}

function rangeOf(def: ReportDef, query: ReportViewQuery, now: Date): Period | null {
  if (def.periodField === null) {
    if (query.from || query.to) throw invalidField('from', 'report-has-no-period');
    return null;
  }
  if (!query.from && !query.to) return def.defaults.period ? currentPeriod(def.defaults.period, now) : null;
  if (!query.from || !query.to) throw invalidField(query.from ? 'to' : 'from', 'report-period-incomplete');
  const from = parseDay(query.from);
  const to = parseDay(query.to);
  if (!isRealDay(from)) throw invalidField('from', 'report-invalid-day');
  if (!isRealDay(to)) throw invalidField('to', 'report-invalid-day');
  if (compareDays(from, to) > 0) throw invalidField('to', 'report-period-reversed');
  return period(from, to);
}
