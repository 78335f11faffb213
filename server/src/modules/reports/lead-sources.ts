import { isoDay } from '@kontor/domain/filter/calendar';
import type { DrillTarget, ReportDef, ReportKey, ReportResult, ReportRow } from '@kontor/domain/reports';
import type { ReportContext, ServerReport } from './definition.js';
import { groupedReport } from './grouped.js';
import { namesFrom } from './labels.js';
import {
  type CampaignCost,
  campaignCosts,
  costRates,
  costWithin,
  idleCampaigns,
  showsCost,
} from './lead-sources-costs.js';
import { leadFigures, opportunityFigures, wonOrderFigures } from './lead-sources-figures.js';
import { buckets, type Period } from './periods.js';
import { echoView, previousPeriodOf, sortRows } from './result.js';
import type { ResolvedView } from './view.js';

const DEF: ReportDef = {
  name: 'lead-sources',
  title: { de: 'Chancen nach Leadquelle', en: 'Opportunities by lead source' },
  description: {
    de:
      'Leads, Chancen, gewonnene Aufträge und Umsatz je Leadquelle oder Kampagne, mit Kosten je Lead und je gewonnenem Auftrag. ' +
      'Gezählt wird im Zeitraum ihres Eingangs: Leads und Chancen nach Anlage, Aufträge nach Buchung (gebucht oder erledigt, Nettobetrag). ' +
      'Eine Chance zählt für ihre eigene Quelle und Kampagne (bei der Umwandlung vom Lead übernommen), ein Auftrag für die seiner Chance, ohne Chance für die seines Leads. ' +
      'Kosten sind die Ist-Kosten der Kampagne, gleichmäßig auf ihre Laufzeit verteilt; sie gibt es nur je Kampagne und nur ohne Filter für Benutzer, die alle Datensätze sehen.',
    en:
      'Leads, opportunities, won orders and revenue per lead source or campaign, with cost per lead and per won order. ' +
      'Each counts in the period it entered: leads and opportunities when created, orders when booked (booked or completed, net amount). ' +
      "An opportunity counts for its own source and campaign (taken from the lead on conversion), an order for its opportunity's, without one for its lead's. " +
      "Cost is the campaign's actual cost spread evenly over its run; it is shown per campaign only, without filters, to users who see all records.",
  },
  record: 'lead',
  measures: [
    { key: 'leads', label: { de: 'Leads', en: 'Leads' }, kind: 'count' },
    { key: 'opportunities', label: { de: 'Chancen', en: 'Opportunities' }, kind: 'count' },
    { key: 'wonOrders', label: { de: 'Gewonnene Aufträge', en: 'Won orders' }, kind: 'count' },
    { key: 'revenue', label: { de: 'Umsatz', en: 'Revenue' }, kind: 'money' },
    { key: 'costPerLead', label: { de: 'Kosten je Lead', en: 'Cost per lead' }, kind: 'money' },
    {
      key: 'costPerWonOrder',
      label: { de: 'Kosten je gewonnenem Auftrag', en: 'Cost per won order' },
      kind: 'money',
    },
  ],
  dimensions: [
    { key: 'source', label: { de: 'Leadquelle', en: 'Lead source' }, kind: 'enum' },
    { key: 'campaign', label: { de: 'Kampagne', en: 'Campaign' }, kind: 'record' },
    { key: 'period', label: { de: 'Zeitraum', en: 'Period' }, kind: 'period' },
  ],
  // Leads, opportunities and orders all have an owner; their other fields mean nothing to each other.
  filters: ['ownerName'],
  periodField: { de: 'Anlage bzw. Buchung', en: 'Created or booked' },
  charts: ['bar', 'stacked-bar', 'pie'],
  defaults: {
    groupBy: ['source'],
    measures: ['leads', 'opportunities', 'wonOrders', 'revenue'],
    sort: null,
    chart: 'bar',
    grain: 'month',
    period: 'quarter',
  },
};

const FIGURES = {
  leads: groupedReport(leadFigures(DEF)),
  opportunities: groupedReport(opportunityFigures(DEF)),
  orders: groupedReport(wonOrderFigures(DEF)),
};

/** R3 "Chancen nach Leadquelle" and campaign success. */
export const leadSourcesReport: ServerReport = {
  def: DEF,
  permissions: ['leads.read', 'opportunities.read', 'orders.read', 'campaigns.read'],
  compute: computeLeadSources,
};

type Group = {
  keys: Record<string, ReportKey>;
  leads?: ReportRow;
  opportunities?: ReportRow;
  orders?: ReportRow;
};

/** One period's groups (by the JSON of their key values) of the three record types side by side. */
interface Figures {
  groups: Map<string, Group>;
  totals: Omit<Group, 'keys'>;
  truncated: boolean;
}

async function computeLeadSources(context: ReportContext): Promise<ReportResult> {
  const { view } = context;
  const range = view.range as Period;
  const [current, previous, costs] = await Promise.all([
    figuresOf(context, range, range),
    view.previous ? figuresOf(context, view.previous, range) : Promise.resolve(null),
    showsCost(context) ? campaignCosts(context.db, new Date()) : Promise.resolve(null),
  ]);
  if (costs && view.groupBy.length === 1) await addIdleCampaigns(context, current, costs, range);

  const rows = [...current.groups].map(([key, group]): ReportRow => {
    const periodKey = group.keys.period?.value;
    return {
      keys: group.keys,
      values: pick(view, valuesOf(group, costs, rowRange(view, periodKey, range, range))),
      ...(previous && view.previous
        ? {
            previous: pick(
              view,
              valuesOf(
                previous.groups.get(key) ?? { keys: group.keys },
                costs,
                rowRange(view, periodKey, view.previous, range),
              ),
            ),
          }
        : {}),
      drill: pick(view, drillsOf(group)),
    };
  });
  return {
    report: DEF.name,
    view: echoView(view),
    previousPeriod: previousPeriodOf(view),
    measures: view.measures.flatMap((key) => DEF.measures.find((m) => m.key === key) ?? []),
    dimensions: view.groupBy.flatMap((key) => DEF.dimensions.find((d) => d.key === key) ?? []),
    rows: orderRows(rows, view),
    totals: {
      values: pick(view, totalsOf(current, costs, range)),
      ...(previous && view.previous
        ? { previous: pick(view, totalsOf(previous, costs, view.previous)) }
        : {}),
      drill: pick(view, drillsOf(current.totals)),
    },
    truncated: current.truncated,
  };
}

/**
 * The three record types' groups for a period, each from its own grouped report (visibility,
 * filter and period applied there). A compared period's buckets are keyed as the current
 * period's bucket at the same position, so "March" lines up with "February".
 */
async function figuresOf(context: ReportContext, period: Period, current: Period): Promise<Figures> {
  const view: ResolvedView = {
    ...context.view,
    range: period,
    from: isoDay(period.from),
    to: isoDay(period.to),
    previous: null,
    compare: false,
    sort: null,
  };
  const run = (report: ServerReport, measures: string[]) =>
    report.compute({ ...context, view: { ...view, measures } });
  const [leads, opportunities, orders] = await Promise.all([
    run(FIGURES.leads, ['count']),
    run(FIGURES.opportunities, ['count']),
    run(FIGURES.orders, ['count', 'revenue']),
  ]);
  const align = alignment(view, period, current);
  const groups = new Map<string, Group>();
  for (const [name, result] of [
    ['leads', leads],
    ['opportunities', opportunities],
    ['orders', orders],
  ] as const)
    for (const row of result.rows) {
      const keys = align(row.keys);
      const key = JSON.stringify(view.groupBy.map((k) => keys[k]?.value ?? null));
      const group: Group = groups.get(key) ?? { keys };
      group[name] = row;
      groups.set(key, group);
    }
  return {
    groups,
    totals: {
      leads: { keys: {}, ...leads.totals },
      opportunities: { keys: {}, ...opportunities.totals },
      orders: { keys: {}, ...orders.totals },
    },
    truncated: leads.truncated || opportunities.truncated || orders.truncated,
  };
}

/** Maps a period bucket's key of `period` to the key of the bucket at its position in `current`. */
function alignment(view: ResolvedView, period: Period, current: Period) {
  if (period === current || !view.groupBy.includes('period'))
    return (keys: Record<string, ReportKey>) => keys;
  const [mine, theirs] = [buckets(period, view.grain), buckets(current, view.grain)];
  return (keys: Record<string, ReportKey>): Record<string, ReportKey> => {
    const bucket = theirs[mine.findIndex((b) => b.value === keys.period?.value)];
    return { ...keys, period: { value: bucket?.value ?? null, label: keys.period?.label ?? '' } };
  };
}

/** The days a row covers in `period`: its bucket's (found by position in `current`), else the whole period. */
function rowRange(
  view: ResolvedView,
  periodKey: string | null | undefined,
  period: Period,
  current: Period,
): Pick<Period, 'from' | 'end'> {
  if (!view.groupBy.includes('period')) return period;
  const index = buckets(current, view.grain).findIndex((b) => b.value === periodKey);
  const bucket = buckets(period, view.grain)[index];
  return bucket ? { from: bucket.start, end: bucket.end } : { from: period.from, end: period.from };
}

/** Campaigns that cost something in the period but brought nothing still show (their cost rates empty). */
async function addIdleCampaigns(
  context: ReportContext,
  figures: Figures,
  costs: CampaignCost[],
  range: Period,
): Promise<void> {
  const shown = new Set([...figures.groups.values()].map((group) => group.keys.campaign?.value ?? null));
  const idle = idleCampaigns(costs, shown, range);
  if (idle.length === 0) return;
  const names = await namesFrom('campaigns')(context.db, idle, context.language);
  for (const id of idle)
    figures.groups.set(JSON.stringify([id]), {
      keys: { campaign: { value: id, label: names.get(id) ?? id } },
    });
}

function valuesOf(
  group: Omit<Group, 'keys'> & { keys?: Record<string, ReportKey> },
  costs: CampaignCost[] | null,
  range: Pick<Period, 'from' | 'end'>,
): Record<string, number | null> {
  const figures = figureValues(group);
  const campaign = costs?.find((c) => c.id === group.keys?.campaign?.value);
  return { ...figures, ...costRates(campaign ? costWithin(campaign, range) : null, figures) };
}

function totalsOf(
  figures: Figures,
  costs: CampaignCost[] | null,
  period: Period,
): Record<string, number | null> {
  const values = figureValues(figures.totals);
  if (!costs) return { ...values, ...costRates(null, values) };
  // Over the records that came through a campaign, against the cost of all campaigns in the period.
  const throughCampaigns = { leads: 0, wonOrders: 0 };
  for (const group of figures.groups.values())
    if (group.keys.campaign?.value) {
      throughCampaigns.leads += group.leads?.values.count ?? 0;
      throughCampaigns.wonOrders += group.orders?.values.count ?? 0;
    }
  const cost = costs.reduce((sum, campaign) => sum + costWithin(campaign, period), 0);
  return { ...values, ...costRates(cost, throughCampaigns) };
}

function figureValues(group: Omit<Group, 'keys'>) {
  return {
    leads: group.leads?.values.count ?? 0,
    opportunities: group.opportunities?.values.count ?? 0,
    wonOrders: group.orders?.values.count ?? 0,
    revenue: group.orders?.values.revenue ?? 0,
  };
}

/** Each count and sum opens the list of its records; a figure of zero with no group behind it has none. */
function drillsOf(group: Omit<Group, 'keys'>): Record<string, DrillTarget | null> {
  return {
    leads: group.leads?.drill.count ?? null,
    opportunities: group.opportunities?.drill.count ?? null,
    wonOrders: group.orders?.drill.count ?? null,
    revenue: group.orders?.drill.revenue ?? null,
    costPerLead: null,
    costPerWonOrder: null,
  };
}

function pick<T>(view: ResolvedView, values: Record<string, T>): Record<string, T | null> {
  return Object.fromEntries(view.measures.map((key) => [key, values[key] ?? null]));
}

/** By the view's sort; else periods in order, then the most leads first, then by name. */
function orderRows(rows: ReportRow[], view: ResolvedView): ReportRow[] {
  if (view.sort !== null) return sortRows(rows, view, DEF);
  return [...rows].sort(
    (a, b) =>
      String(a.keys.period?.value ?? '').localeCompare(String(b.keys.period?.value ?? '')) ||
      (b.values.leads ?? 0) - (a.values.leads ?? 0) ||
      labelOf(a, view).localeCompare(labelOf(b, view), 'de'),
  );
}

const labelOf = (row: ReportRow, view: ResolvedView) =>
  view.groupBy.map((key) => row.keys[key]?.label ?? '').join(' ');
