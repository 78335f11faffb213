import { addDays, type CalendarDay, isoDay } from '@kontor/domain/filter/calendar';
import { dayIn } from '@kontor/domain/filter/time-zone';
import type { DrillTarget, ReportKey, ReportResult, ReportRow } from '@kontor/domain/reports';
import { type RawBuilder, sql } from 'kysely';
import type { Engine } from '../../platform/db/connection.js';
import { invalidField } from '../../platform/http/problem.js';
import { filterPredicates } from '../../platform/lists/run-list.js';
import type { AnySelect, GroupedDimension, GroupedSpec, ReportContext, ServerReport } from './definition.js';
import { dayRange } from './drill.js';
import { type Bucket, bucketLabel, buckets, instantOf, type Period, parseDay, period } from './periods.js';
import {
  echoView,
  mergeFilters,
  NONE_LABEL,
  numberOf,
  previousPeriodOf,
  sortRows,
  twoDecimals,
} from './result.js';
import { MAX_GROUPS } from './view.js';

/** A report that groups one record type's visible rows (see GroupedSpec). */
export function groupedReport(spec: GroupedSpec): ServerReport {
  return {
    def: spec.def,
    permissions: spec.permissions,
    compute: (context) => computeGrouped(spec, context),
  };
}

/** One grouping of the view: a declared dimension, or the period bucketed by the view's grain. */
type Grouping =
  | { kind: 'dimension'; key: string; dimension: GroupedDimension }
  | { kind: 'period'; key: string; buckets: Bucket[] };

interface GroupRow {
  keys: (string | null)[];
  values: Record<string, number | null>;
}

/**
 * Computes a grouped report in at most four aggregate queries (groups and totals, for the period
 * and the compared one) plus one label query per record dimension for the shown keys only.
 * Every query starts from the record's visible rows, so own/team/all visibility applies to
 * every figure; groups are keyed by position (GROUP BY 1, 2), which both engines read the same.
 */
async function computeGrouped(spec: GroupedSpec, context: ReportContext): Promise<ReportResult> {
  const { view, language } = context;
  const range = view.range ?? (needsPeriod(spec, view.groupBy) ? await dataRange(spec, context) : null);
  const groupings = view.groupBy.map((key) => groupingOf(spec, key, range, view.grain));
  const current = await aggregate(spec, context, groupings, range);
  const previousGroupings = view.previous
    ? view.groupBy.map((key) => groupingOf(spec, key, view.previous, view.grain))
    : null;
  const previous =
    view.previous && previousGroupings
      ? await aggregate(spec, context, previousGroupings, view.previous)
      : null;

  const labels = await Promise.all(
    groupings.map(async (grouping, index) => {
      if (grouping.kind === 'period') return null;
      const keys = [...new Set(current.rows.flatMap((row) => row.keys[index] ?? []))];
      return keys.length === 0
        ? new Map<string, string>()
        : grouping.dimension.labels(context.db, keys, language);
    }),
  );
  const previousByKey = new Map(
    (previous?.rows ?? []).map((row) => [
      JSON.stringify(row.keys.map((key, i) => alignedKey(groupings, previousGroupings, i, key))),
      row,
    ]),
  );
  const fixedDrill = (spec.fixed?.(context) ?? []).map((fixed) => fixed.drill);

  const rows: ReportRow[] = current.rows.map((group) => {
    const keys: Record<string, ReportKey> = {};
    const drillParts: (Record<string, string> | null)[] = [];
    let rowRange = range;
    groupings.forEach((grouping, index) => {
      const value = group.keys[index] ?? null;
      if (grouping.kind === 'period') {
        const bucket = grouping.buckets.find((b) => b.value === value);
        keys[grouping.key] = {
          value,
          label: value ? bucketLabel(value, view.grain, language) : NONE_LABEL[language],
        };
        if (bucket) rowRange = { from: bucket.start, to: addDays(bucket.end, -1), end: bucket.end };
        return;
      }
      const label = value === null ? NONE_LABEL[language] : (labels[index]?.get(value) ?? value);
      keys[grouping.key] = { value, label };
      drillParts.push(grouping.dimension.drill(value, label, language));
    });
    const drillFilter = drillParts.some((part) => part === null)
      ? null
      : mergeFilters(
          ...fixedDrill,
          view.filter,
          periodDrill(spec, rowRange, language),
          ...(drillParts as Record<string, string>[]),
        );
    const match = previousByKey.get(JSON.stringify(group.keys));
    return {
      keys,
      values: group.values,
      ...(previous ? { previous: match?.values ?? zeroes(spec, view.measures) } : {}),
      drill: drillOf(spec, context, drillFilter),
    };
  });

  const totalsFilter = mergeFilters(...fixedDrill, view.filter, periodDrill(spec, range, language));
  return {
    report: spec.def.name,
    view: echoView(view),
    previousPeriod: previousPeriodOf(view),
    measures: view.measures.flatMap((key) => spec.def.measures.find((m) => m.key === key) ?? []),
    dimensions: view.groupBy.flatMap((key) => spec.def.dimensions.find((d) => d.key === key) ?? []),
    rows: sortRows(rows, view, spec.def),
    totals: {
      values: current.totals,
      ...(previous ? { previous: previous.totals } : {}),
      drill: drillOf(spec, context, totalsFilter),
    },
    truncated: current.truncated,
  };
}

function drillOf(
  spec: GroupedSpec,
  context: ReportContext,
  filter: Record<string, string> | null,
): Record<string, DrillTarget | null> {
  return Object.fromEntries(
    context.view.measures.map((key) => {
      const measure = spec.measures.find((m) => m.key === key);
      if (!measure?.drills || !filter) return [key, null];
      return [key, { record: spec.list, filter: mergeFilters(filter, measure.narrows?.(context) ?? {}) }];
    }),
  );
}

/** A compared period's period key in the current period's terms: the bucket at the same position. */
function alignedKey(
  current: Grouping[],
  previous: Grouping[] | null,
  index: number,
  key: string | null,
): string | null {
  const [now, before] = [current[index], previous?.[index]];
  if (now?.kind !== 'period' || before?.kind !== 'period') return key;
  const position = before.buckets.findIndex((bucket) => bucket.value === key);
  return now.buckets[position]?.value ?? null;
}

function zeroes(spec: GroupedSpec, measures: readonly string[]): Record<string, number | null> {
  return Object.fromEntries(
    measures.map((key) => [key, spec.def.measures.find((m) => m.key === key)?.kind === 'count' ? 0 : null]),
  );
}

function needsPeriod(spec: GroupedSpec, groupBy: readonly string[]): boolean {
  return groupBy.some((key) => spec.def.dimensions.find((d) => d.key === key)?.kind === 'period');
}

function groupingOf(
  spec: GroupedSpec,
  key: string,
  range: Period | null,
  grain: ReportContext['view']['grain'],
): Grouping {
  const dimension = spec.dimensions.find((d) => d.key === key);
  if (dimension) return { kind: 'dimension', key, dimension };
  const periodBuckets = range ? buckets(range, grain) : [];
  if (periodBuckets.length > MAX_GROUPS) throw invalidField('grain', 'report-too-many-periods');
  return { kind: 'period', key, buckets: periodBuckets };
}

function baseQuery(
  spec: GroupedSpec,
  context: ReportContext,
  groupings: Grouping[],
  range: Period | null,
): AnySelect {
  const { view } = context;
  const joins = new Set<string>();
  for (const grouping of groupings)
    if (grouping.kind === 'dimension') for (const join of grouping.dimension.joins ?? []) joins.add(join);
  for (const [key, text] of Object.entries(view.filter)) {
    const join = text.trim() === '' ? null : spec.joinsOfFilter?.(key);
    if (join) joins.add(join);
  }
  let query = spec.base(context, joins);
  for (const predicate of filterPredicates({
    columns: spec.columns,
    query: { filter: view.filter, limit: 1 },
    language: context.language,
    engine: context.engine,
  }))
    query = query.where(predicate);
  for (const fixed of spec.fixed?.(context) ?? []) query = query.where(fixed.where);
  if (range && spec.periodColumn) {
    const [from, to] = bounds(spec, range.from, range.end);
    query = query
      .where(sql<boolean>`${spec.periodColumn.sql} >= ${from}`)
      .where(sql<boolean>`${spec.periodColumn.sql} < ${to}`);
  }
  return query;
}

/** A period's bounds as the column stores them: instants for datetimes, ISO days for dates. */
function bounds(spec: GroupedSpec, from: CalendarDay, end: CalendarDay): [string, string] {
  return spec.periodColumn?.kind === 'date' ? [isoDay(from), isoDay(end)] : [instantOf(from), instantOf(end)];
}

async function aggregate(
  spec: GroupedSpec,
  context: ReportContext,
  groupings: Grouping[],
  range: Period | null,
): Promise<{ rows: GroupRow[]; totals: Record<string, number | null>; truncated: boolean }> {
  const { view } = context;
  const measures = view.measures.flatMap((key) => {
    const measure = spec.measures.find((m) => m.key === key);
    const kind = spec.def.measures.find((m) => m.key === key)?.kind ?? 'number';
    return measure ? [{ ...measure, kind }] : [];
  });
  const measureColumns = measures.map((m) => m.aggregate.as(`m_${m.key}`));
  const base = baseQuery(spec, context, groupings, range);
  // Without the groupings' joins: a join to many rows must not multiply the totals.
  const whole = baseQuery(spec, context, [], range);
  let grouped = base.select([
    ...groupings.map((g, i) => keyExpression(spec, g, context.engine).as(`k${i}`)),
    ...measureColumns,
  ]);
  groupings.forEach((_, i) => {
    grouped = grouped.groupBy(sql.raw(String(i + 1)));
  });
  const natural = view.sort === null ? naturalOrder(groupings) : null;
  grouped = grouped.orderBy(natural ?? sql.raw(orderOf(view.sort, view.measures, view.groupBy, groupings)));
  // Every row is in exactly one group (null keys group too, a period's buckets cover it), so
  // additive totals are the groups' sums: one query instead of two over the same rows.
  const totalsFromGroups =
    groupings.length > 0 &&
    measures.every((m) => m.additive) &&
    groupings.every((g) => g.kind === 'period' || !g.dimension.splitsRows);
  const wholeTotals = () => whole.select(measureColumns).execute() as Promise<Record<string, unknown>[]>;
  const [groupRows, totalRows] = (await Promise.all([
    groupings.length > 0 ? grouped.limit(MAX_GROUPS + 1).execute() : Promise.resolve([]),
    totalsFromGroups ? Promise.resolve(null) : wholeTotals(),
  ])) as [Record<string, unknown>[], Record<string, unknown>[] | null];
  const truncated = groupRows.length > MAX_GROUPS;
  const valuesOf = (row: Record<string, unknown>) =>
    Object.fromEntries(measures.map((m) => [m.key, roundFor(m.kind, numberOf(row[`m_${m.key}`]))]));
  const rows = groupRows.slice(0, MAX_GROUPS).map((row) => ({
    keys: groupings.map((_, i) =>
      row[`k${i}`] === null || row[`k${i}`] === undefined ? null : String(row[`k${i}`]),
    ),
    values: valuesOf(row),
  }));
  // A cut list no longer holds every group: then the totals are counted after all.
  const totals = totalRows ?? (truncated ? await wholeTotals() : [sumOfGroups(groupRows, measures)]);
  return { rows, totals: valuesOf(totals[0] ?? {}), truncated };
}

/** The groups' measure columns added up, as the totals query would give them. */
function sumOfGroups(
  groupRows: Record<string, unknown>[],
  measures: readonly { key: string }[],
): Record<string, unknown> {
  return Object.fromEntries(
    measures.map((m) => [
      `m_${m.key}`,
      groupRows.reduce((sum, row) => sum + (numberOf(row[`m_${m.key}`]) ?? 0), 0),
    ]),
  );
}

const roundFor = (kind: string, value: number | null) =>
  kind === 'count' || kind === 'money' ? (value ?? 0) : twoDecimals(value);

/**
 * Which groups survive the 500-row cut: by the sorted measure, else by the first measure
 * (largest first), periods chronologically. Aliases and positions only, never request text.
 */
function orderOf(
  sort: string | null,
  measures: readonly string[],
  groupBy: readonly string[],
  groupings: Grouping[],
): string {
  const keyOrder = groupings.map((_, i) => `${i + 1}`).join(', ');
  if (sort !== null) {
    const descending = sort.startsWith('-');
    const key = descending ? sort.slice(1) : sort;
    const direction = descending ? 'desc' : 'asc';
    if (measures.includes(key)) return `m_${key} ${direction}${keyOrder ? `, ${keyOrder}` : ''}`;
    return `${groupBy.indexOf(key) + 1} ${direction}`;
  }
  if (groupings.some((g) => g.kind === 'period')) return keyOrder;
  return measures[0] ? `m_${measures[0]} desc, ${keyOrder}` : keyOrder;
}

/** The first grouping's own order (see GroupedDimension.order), then the keys; null when it has none. */
function naturalOrder(groupings: Grouping[]): RawBuilder<unknown> | null {
  const [first] = groupings;
  if (first?.kind !== 'dimension' || !first.dimension.order) return null;
  const keyOrder = groupings.map((_, i) => `${i + 1}`).join(', ');
  return sql`${first.dimension.order}, ${sql.raw(keyOrder)}`;
}

/** The group key in SQL; a period is a CASE over its buckets' bounds (exact on both engines, DST-safe). */
function keyExpression(spec: GroupedSpec, grouping: Grouping, engine: Engine): RawBuilder<string | null> {
  // SQLite, which keeps no statistics here, reads a grouped column's index to skip the sort and
  // fetches every row through it: R5 by owner over 200,000 opportunities ~790 ms where a plain
  // scan and a sort take ~40 ms, a quarter by source ~700 ms where the period's range index takes
  // ~110 ms. Unary + (a no-op on any value) makes the column no index's key — unless the
  // dimension names a covering index that leads with it (the pipeline's stages: 46 ms through it).
  if (grouping.kind === 'dimension') {
    const { group, coveringIndex } = grouping.dimension;
    return engine === 'sqlite' && !coveringIndex ? sql<string | null>`+${group}` : group;
  }
  const column = spec.periodColumn?.sql;
  if (!column || grouping.buckets.length === 0) return sql<null>`cast(null as text)`;
  const branches = grouping.buckets.map((bucket) => {
    const [from, to] = bounds(spec, bucket.start, bucket.end);
    return sql`when ${column} >= ${from} and ${column} < ${to} then cast(${bucket.value} as text)`;
  });
  return sql<string | null>`(case ${sql.join(branches, sql` `)} end)`;
}

/** Without from/to (the pipeline is "now"), a period dimension spans the rows' own dates. */
async function dataRange(spec: GroupedSpec, context: ReportContext): Promise<Period | null> {
  const column = spec.periodColumn?.sql;
  if (!column) return null;
  const row = (await baseQuery(spec, context, [], null)
    .select([sql<string | null>`min(${column})`.as('first'), sql<string | null>`max(${column})`.as('last')])
    .executeTakeFirst()) as { first: string | null; last: string | null } | undefined;
  if (!row?.first || !row.last) return null;
  const day = (text: string) =>
    spec.periodColumn?.kind === 'date' ? parseDay(text.slice(0, 10)) : dayIn(new Date(text), 'Europe/Berlin');
  return period(day(row.first), day(row.last));
}

function periodDrill(
  spec: GroupedSpec,
  range: Period | null,
  language: ReportContext['language'],
): Record<string, string> {
  if (!range || !spec.periodColumn) return {};
  return { [spec.periodColumn.filterKey]: dayRange(range.from, range.end, language) };
}
