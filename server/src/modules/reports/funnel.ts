import { LEAD_SOURCE_OPTIONS } from '@kontor/domain/leads';
import type { ReportDef, ReportResult, ReportRow } from '@kontor/domain/reports';
import type { Language } from '@kontor/domain/users';
import { type RawBuilder, sql } from 'kysely';
import { joinOfColumn } from '../../platform/db/joining.js';
import { invalidField } from '../../platform/http/problem.js';
import type { ListColumns } from '../../platform/lists/columns.js';
import { filterPredicates } from '../../platform/lists/run-list.js';
import { LEAD_COLUMNS } from '../leads/columns.js';
import { LeadRepository } from '../leads/repository.js';
import { OPPORTUNITY_COLUMNS } from '../opportunities/columns.js';
import { type JoinAlias, OpportunityRepository } from '../opportunities/repository.js';
import { QUOTATION_COLUMNS } from '../quotations/columns.js';
import { QuotationRepository } from '../quotations/repository.js';
import { SALES_ORDER_COLUMNS } from '../sales-orders/columns.js';
import { SalesOrderRepository } from '../sales-orders/repository.js';
import type { AnySelect, GroupedDimension, ReportContext, ServerReport } from './definition.js';
import { dayRange, exactly } from './drill.js';
import { byName, namesFrom, optionLabels } from './labels.js';
import { instantOf, type Period } from './periods.js';
import { echoView, mergeFilters, NONE_LABEL, numberOf, percent, previousPeriodOf } from './result.js';
import { WON_ORDER } from './won-orders.js';

/** A funnel dimension besides the step: its labels and, per step, the key in SQL and the list filter. */
interface FunnelDimension {
  labels: GroupedDimension['labels'];
  perStep: Record<
    StepName,
    {
      group: RawBuilder<string | null>;
      drill: GroupedDimension['drill'] | null;
      /** The step's joins the key reads (its repository's aliases). */
      joins?: readonly string[];
    }
  >;
}

type StepName = 'lead' | 'opportunity' | 'quotation' | 'order';

/** One step of the funnel: the visible rows that entered it in the period, and their amount. */
interface Step {
  name: StepName;
  label: { de: string; en: string };
  /** The list (as in recordPath) the step's figures drill down to. */
  list: string;
  columns: ListColumns;
  /** The step's visible rows with the named joins (those its filter columns and dimension key read). */
  base(context: ReportContext, joins: ReadonlySet<string>): AnySelect;
  /** The table its list columns are qualified with when they need no join. */
  table: string;
  /** When a row entered the step (a datetime column) and the list field filtering it. */
  date: { sql: RawBuilder<string | null>; filterKey: string };
  /** Further conditions with their list-filter equivalent. */
  extra?: { where: RawBuilder<boolean>; drill(language: Language): Record<string, string> };
  amount: RawBuilder<number | string | null> | null;
}

/**
 * The steps. A quotation counts once per number, in the period its first version was submitted
 * (a new version can only be made of a submitted one, so version 1 was submitted first), with
 * the net total of the number's newest submitted version; an order counts when it was booked
 * (cancelled ones no longer count), with its net total.
 */
const STEPS: Step[] = [
  {
    name: 'lead',
    label: { de: 'Leads', en: 'Leads' },
    list: 'lead',
    columns: LEAD_COLUMNS,
    base: (context, joins) => new LeadRepository(context.db).visibleJoining(context.principal, joins),
    table: 'leads',
    date: { sql: sql`leads.created_at`, filterKey: 'createdAt' },
    amount: null,
  },
  {
    name: 'opportunity',
    label: { de: 'Chancen', en: 'Opportunities' },
    list: 'opportunity',
    columns: OPPORTUNITY_COLUMNS,
    base: (context, joins) =>
      new OpportunityRepository(context.db).visibleJoining(context.principal, joins as Set<JoinAlias>),
    table: 'opportunities',
    date: { sql: sql`opportunities.created_at`, filterKey: 'createdAt' },
    amount: sql`sum(opportunities.expected_revenue_cents)`,
  },
  {
    name: 'quotation',
    label: { de: 'Angebote', en: 'Quotations' },
    list: 'quotation',
    columns: QUOTATION_COLUMNS,
    base: (context, joins) => new QuotationRepository(context.db).visibleJoining(context.principal, joins),
    table: 'quotations',
    date: { sql: sql`quotations.submitted_at`, filterKey: 'submittedAt' },
    extra: { where: sql<boolean>`quotations.revision = 1`, drill: () => ({ revision: '=1' }) },
    amount: sql`sum((select newest.net_cents from quotations newest
      where newest.number = quotations.number and newest.submitted_at is not null
      order by newest.revision desc limit 1))`,
  },
  {
    name: 'order',
    label: { de: 'Aufträge', en: 'Orders' },
    list: 'order',
    columns: SALES_ORDER_COLUMNS,
    base: (context, joins) => new SalesOrderRepository(context.db).visibleJoining(context.principal, joins),
    table: 'sales_orders',
    date: WON_ORDER.date,
    extra: { where: WON_ORDER.where, drill: WON_ORDER.drill },
    amount: WON_ORDER.revenue,
  },
];

const ownerDrill = byName('ownerName');

/**
 * Source and campaign are the lead's and the opportunity's own; quotations and orders take
 * their opportunity's. Their lists cannot filter by it, so those figures have no drill-down.
 */
const DIMENSIONS: Record<string, FunnelDimension> = {
  owner: {
    labels: namesFrom('users'),
    perStep: {
      lead: { group: sql`leads.owner_id`, drill: ownerDrill },
      opportunity: { group: sql`opportunities.owner_id`, drill: ownerDrill },
      quotation: { group: sql`quotations.owner_id`, drill: ownerDrill },
      order: { group: sql`sales_orders.owner_id`, drill: ownerDrill },
    },
  },
  source: {
    labels: optionLabels(LEAD_SOURCE_OPTIONS),
    perStep: {
      lead: { group: sql`leads.source`, drill: (value, label) => ({ source: exactly(value && label) }) },
      opportunity: {
        group: sql`opportunities.source`,
        drill: (value, label) => ({ source: exactly(value && label) }),
      },
      quotation: { group: sql`opportunity.source`, drill: null, joins: ['opportunity'] },
      order: { group: sql`opportunity.source`, drill: null, joins: ['opportunity'] },
    },
  },
  campaign: {
    labels: namesFrom('campaigns'),
    perStep: {
      lead: { group: sql`leads.campaign_id`, drill: byName('campaignName') },
      opportunity: { group: sql`opportunities.campaign_id`, drill: byName('campaignName') },
      quotation: { group: sql`opportunity.campaign_id`, drill: null, joins: ['opportunity'] },
      order: { group: sql`opportunity.campaign_id`, drill: null, joins: ['opportunity'] },
    },
  },
};

const DEF: ReportDef = {
  name: 'funnel',
  title: { de: 'Verkaufstrichter', en: 'Sales funnel' },
  description: {
    de: 'Leads, Chancen, abgegebene Angebote und gebuchte Aufträge im Zeitraum mit Umwandlungsquoten.',
    en: 'Leads, opportunities, submitted quotations and booked orders in the period with conversion rates.',
  },
  record: 'lead',
  measures: [
    { key: 'count', label: { de: 'Anzahl', en: 'Count' }, kind: 'count' },
    { key: 'amount', label: { de: 'Betrag', en: 'Amount' }, kind: 'money' },
    { key: 'stepRate', label: { de: 'Quote zum Vorschritt', en: 'Step conversion' }, kind: 'percent' },
    { key: 'overallRate', label: { de: 'Quote ab Lead', en: 'Conversion from lead' }, kind: 'percent' },
  ],
  dimensions: [
    { key: 'step', label: { de: 'Schritt', en: 'Step' }, kind: 'step' },
    { key: 'owner', label: { de: 'Betreuer', en: 'Owner' }, kind: 'record' },
    { key: 'source', label: { de: 'Leadquelle', en: 'Lead source' }, kind: 'enum' },
    { key: 'campaign', label: { de: 'Kampagne', en: 'Campaign' }, kind: 'record' },
  ],
  // Every step's list has the owner; other lead fields mean nothing to quotations and orders.
  filters: ['ownerName'],
  periodField: { de: 'Eingang in den Schritt', en: 'Entering the step' },
  charts: ['funnel', 'bar'],
  defaults: {
    groupBy: ['step'],
    measures: ['count', 'amount', 'stepRate', 'overallRate'],
    sort: null,
    chart: 'funnel',
    grain: 'month',
    period: 'month',
  },
};

interface StepFigures {
  /** Per second-dimension key (JSON of the key, '' without one): count and amount. */
  groups: Map<string, { key: string | null; count: number; amount: number | null }>;
  total: { count: number; amount: number | null };
}

/** R1 Sales funnel ("Verkaufstrichter"): four steps, each counted from its own visible records. */
export const funnelReport: ServerReport = {
  def: DEF,
  permissions: ['leads.read', 'opportunities.read', 'quotations.read', 'orders.read'],
  compute: computeFunnel,
};

async function computeFunnel(context: ReportContext): Promise<ReportResult> {
  const { view, language } = context;
  const range = view.range as Period;
  const seconds = view.groupBy.filter((key) => key !== 'step');
  if (seconds.length > 1) throw invalidField('groupBy', 'report-funnel-one-dimension');
  const second = seconds[0] ?? null;
  const dimension = second ? DIMENSIONS[second] : undefined;
  const measure = (period: Period) =>
    Promise.all(STEPS.map((step) => stepFigures(step, context, period, dimension)));
  const [current, previous] = await Promise.all([
    measure(range),
    view.previous ? measure(view.previous) : Promise.resolve(null),
  ]);
  const keys = dimension
    ? [...new Set(current.flatMap((figures) => [...figures.groups.values()].map((g) => g.key)))]
    : [null];
  const labels = dimension
    ? await dimension.labels(
        context.db,
        keys.filter((k): k is string => k !== null),
        language,
      )
    : new Map<string, string>();

  const valuesOf = (figures: StepFigures[], index: number, key: string | null, whole: boolean) => {
    const at = (i: number) => (whole ? figures[i]?.total : figures[i]?.groups.get(String(key)))?.count ?? 0;
    const here = whole ? figures[index]?.total : figures[index]?.groups.get(String(key));
    return {
      count: at(index),
      amount: STEPS[index]?.amount ? (here?.amount ?? 0) : null,
      stepRate: index === 0 ? null : percent(at(index), at(index - 1)),
      overallRate: percent(at(index), at(0)),
    };
  };
  const pick = (values: Record<string, number | null>) =>
    Object.fromEntries(view.measures.map((key) => [key, values[key] ?? null]));

  const rows: ReportRow[] = [];
  for (const key of keys)
    STEPS.forEach((step, index) => {
      const dimensionDrill = dimension ? dimension.perStep[step.name].drill : null;
      const label = key === null ? NONE_LABEL[language] : (labels.get(key) ?? key);
      const filter =
        dimension && !dimensionDrill
          ? null
          : mergeFilters(stepDrill(step, context, range), dimensionDrill?.(key, label, language) ?? {});
      rows.push({
        keys: {
          step: { value: step.name, label: step.label[language] },
          ...(second ? { [second]: { value: key, label } } : {}),
        },
        values: pick(valuesOf(current, index, key, !dimension)),
        ...(previous ? { previous: pick(valuesOf(previous, index, key, !dimension)) } : {}),
        drill: drillOf(view.measures, step.list, filter),
      });
    });

  const last = STEPS.length - 1;
  const lastStep = STEPS[last] as Step;
  return {
    report: 'funnel',
    // The step is always a grouping; a second dimension splits each step.
    view: { ...echoView(view), groupBy: ['step', ...(second ? [second] : [])] },
    previousPeriod: previousPeriodOf(view),
    measures: view.measures.flatMap((key) => DEF.measures.find((m) => m.key === key) ?? []),
    dimensions: view.groupBy.flatMap((key) => DEF.dimensions.find((d) => d.key === key) ?? []),
    rows,
    // The funnel's outcome: what reached the last step, and its rate from the leads.
    totals: {
      values: pick({ ...valuesOf(current, last, null, true), stepRate: null }),
      ...(previous ? { previous: pick({ ...valuesOf(previous, last, null, true), stepRate: null }) } : {}),
      drill: drillOf(view.measures, lastStep.list, stepDrill(lastStep, context, range)),
    },
    truncated: false,
  };
}

function drillOf(measures: readonly string[], list: string, filter: Record<string, string> | null) {
  return Object.fromEntries(
    measures.map((key) => [
      key,
      filter && (key === 'count' || key === 'amount') ? { record: list, filter } : null,
    ]),
  );
}

function stepDrill(step: Step, context: ReportContext, range: Period): Record<string, string> {
  return mergeFilters(context.view.filter, step.extra?.drill(context.language) ?? {}, {
    [step.date.filterKey]: dayRange(range.from, range.end, context.language),
  });
}

async function stepFigures(
  step: Step,
  context: ReportContext,
  range: Period,
  dimension: FunnelDimension | undefined,
): Promise<StepFigures> {
  const filterJoins = Object.entries(context.view.filter).flatMap(([key, text]) =>
    text.trim() === '' ? [] : (joinOfColumn(step.columns, step.table, key) ?? []),
  );
  const keyJoins = dimension?.perStep[step.name].joins ?? [];
  let base = step
    .base(context, new Set([...filterJoins, ...keyJoins]))
    .where(sql<boolean>`${step.date.sql} >= ${instantOf(range.from)}`)
    .where(sql<boolean>`${step.date.sql} < ${instantOf(range.end)}`);
  if (step.extra) base = base.where(step.extra.where);
  for (const predicate of filterPredicates({
    columns: step.columns,
    query: { filter: context.view.filter, limit: 1 },
    language: context.language,
    engine: context.engine,
  }))
    base = base.where(predicate);
  const measures = [sql`count(*)`.as('count'), (step.amount ?? sql`cast(null as integer)`).as('amount')];
  const [totalRow, groupRows] = await Promise.all([
    base.select(measures).executeTakeFirst() as Promise<{ count: unknown; amount: unknown } | undefined>,
    dimension
      ? (base
          .select([dimension.perStep[step.name].group.as('key'), ...measures])
          .groupBy(sql.raw('1'))
          .execute() as Promise<{ key: unknown; count: unknown; amount: unknown }[]>)
      : Promise.resolve([]),
  ]);
  const groups = new Map(
    groupRows.map((row) => {
      const key = row.key === null || row.key === undefined ? null : String(row.key);
      return [String(key), { key, count: numberOf(row.count) ?? 0, amount: numberOf(row.amount) }] as const;
    }),
  );
  return { groups, total: { count: numberOf(totalRow?.count) ?? 0, amount: numberOf(totalRow?.amount) } };
}
