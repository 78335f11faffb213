import {
  CHART_KINDS,
  type ChartKind,
  PERIOD_GRAINS,
  type PeriodGrain,
  type ReportDef,
  type ReportView,
} from '@kontor/domain/reports';
import { defaultPeriod } from './periods';

const FILTER_PREFIX = 'filter.';
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const list = (text: string | null) =>
  text === null
    ? null
    : text
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean);

/**
 * A report page's view from its URL (`?groupBy=owner,period&grain=month&measures=count,amount&
 * from=…&to=…&filter.status=…&sort=-amount&compare=1&chart=bar`): what the URL leaves out, or names
 * that the report does not know, take the report's defaults, so an old link still opens.
 */
export function viewFromParams(params: URLSearchParams, def: ReportDef, today: string): ReportView {
  const defaults = def.defaults;
  const dimensionKeys = new Set(def.dimensions.map((dimension) => dimension.key));
  const measureKeys = new Set(def.measures.map((measure) => measure.key));

  const groupBy = list(params.get('groupBy'))
    ?.filter((key) => dimensionKeys.has(key))
    .slice(0, 2);
  const measures = list(params.get('measures'))?.filter((key) => measureKeys.has(key));
  const grain = params.get('grain');
  const chart = params.get('chart');
  const period = defaultPeriod(defaults, today);
  const day = (name: string, fallback: string | null) => {
    const value = params.get(name);
    if (value === '') return null; // an explicit "no bound" (e.g. all time)
    return value !== null && ISO_DAY.test(value) ? value : fallback;
  };

  const filter: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key.startsWith(FILTER_PREFIX) && value.trim() !== '') filter[key.slice(FILTER_PREFIX.length)] = value;
  }

  const shownGroupBy = groupBy ?? defaults.groupBy;
  const shownMeasures = measures && measures.length > 0 ? measures : defaults.measures;
  // A sort must name a shown column (the server refuses others), e.g. after a measure was removed.
  const sortable = (sort: string | null) =>
    sort !== null && [...shownGroupBy, ...shownMeasures].includes(sort.replace(/^-/, '')) ? sort : null;

  return {
    groupBy: shownGroupBy,
    grain: PERIOD_GRAINS.includes(grain as PeriodGrain) ? (grain as PeriodGrain) : defaults.grain,
    measures: shownMeasures,
    from: day('from', period.from),
    to: day('to', period.to),
    filter,
    sort: sortable(params.get('sort')) ?? sortable(defaults.sort),
    compare: params.get('compare') === '1',
    chart:
      CHART_KINDS.includes(chart as ChartKind) && def.charts.includes(chart as ChartKind)
        ? (chart as ChartKind)
        : defaults.chart,
  };
}

/** The URL of a view, with everything that equals the report's defaults left out. */
export function paramsFromView(view: ReportView, def: ReportDef, today: string): URLSearchParams {
  const defaults = def.defaults;
  const period = defaultPeriod(defaults, today);
  const params = new URLSearchParams();
  if (view.groupBy.join(',') !== defaults.groupBy.join(',')) params.set('groupBy', view.groupBy.join(','));
  if (view.grain !== defaults.grain) params.set('grain', view.grain);
  if (view.measures.join(',') !== defaults.measures.join(','))
    params.set('measures', view.measures.join(','));
  if (view.from !== period.from) params.set('from', view.from ?? '');
  if (view.to !== period.to) params.set('to', view.to ?? '');
  for (const [key, text] of Object.entries(view.filter)) {
    if (text.trim() !== '') params.set(FILTER_PREFIX + key, text);
  }
  if (view.sort !== defaults.sort && view.sort !== null) params.set('sort', view.sort);
  if (view.compare) params.set('compare', '1');
  if (view.chart !== defaults.chart) params.set('chart', view.chart);
  return params;
}

/**
 * The query string of the report's API calls (result and export) for a view, in the contract's
 * form (`filter[key]=…`); every part is sent, so the server computes exactly what the page shows.
 */
export function apiQueryOf(view: ReportView): URLSearchParams {
  const params = new URLSearchParams();
  params.set('groupBy', view.groupBy.join(','));
  params.set('grain', view.grain);
  params.set('measures', view.measures.join(','));
  if (view.from) params.set('from', view.from);
  if (view.to) params.set('to', view.to);
  for (const [key, text] of Object.entries(view.filter)) {
    if (text.trim() !== '') params.set(`filter[${key}]`, text);
  }
  if (view.sort) params.set('sort', view.sort);
  if (view.compare) params.set('compare', '1');
  params.set('chart', view.chart);
  return params;
}

/** Whether a view groups by the report's period dimension (then the grain matters). */
export function groupsByPeriod(view: ReportView, def: ReportDef): boolean {
  return def.dimensions.some(
    (dimension) => dimension.kind === 'period' && view.groupBy.includes(dimension.key),
  );
}
