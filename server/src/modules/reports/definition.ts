import type { Permission } from '@kontor/domain/permissions';
import type { ReportDef, ReportResult } from '@kontor/domain/reports';
import type { Language } from '@kontor/domain/users';
import type { Kysely, RawBuilder, SelectQueryBuilder } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Engine } from '../../platform/db/connection.js';
import type { Database } from '../../platform/db/schema.js';
import type { ListColumns } from '../../platform/lists/columns.js';
import type { ResolvedView } from './view.js';

// biome-ignore lint/suspicious/noExplicitAny: report queries are assembled from declarations at run time
export type AnySelect = SelectQueryBuilder<Database, any, any>;

export interface ReportContext {
  db: Kysely<Database>;
  engine: Engine;
  principal: Principal;
  language: Language;
  view: ResolvedView;
}

/**
 * A report on the server: the contract's definition, the permissions it needs (the read
 * permission of every record type it counts; a user lacking one gets 403, deny by default) and
 * how it computes its result.
 */
export interface ServerReport {
  def: ReportDef;
  permissions: readonly Permission[];
  compute(context: ReportContext): Promise<ReportResult>;
}

/** A measure of a grouped report: an SQL aggregate over the base rows, and whether a list shows its records. */
export interface GroupedMeasure {
  /** The key of a measure of the definition. */
  key: string;
  aggregate: RawBuilder<number | string | null>;
  /** Counts and sums drill down to the rows they add up; rates and averages do not. */
  drills: boolean;
  /**
   * A count(*) or sum whose total is the sum of its groups' (no distinct count, no ratio): when
   * every measure of a view is, the totals come from the groups without a query of their own.
   */
  additive?: boolean;
  /**
   * A measure that counts only some of a group's rows (the lost ones, the overdue ones): the
   * list filter that selects those, added to the group's drill-down filter.
   */
  narrows?(context: ReportContext): Record<string, string>;
}

/** A dimension of a grouped report that is not the period. */
export interface GroupedDimension {
  /** The key of a dimension of the definition. */
  key: string;
  /** The group key in SQL: an id or an enum value (null groups the rows without one). */
  group: RawBuilder<string | null>;
  /**
   * The joins of the record's repository the key needs (see visibleJoining). The totals are
   * computed without them, so a join to many rows (an opportunity's lost reasons) multiplies
   * only the groups it splits, never the totals.
   */
  joins?: readonly string[];
  /** The joins give a row several groups (an opportunity's lost reasons): the groups add up to more than the totals. */
  splitsRows?: boolean;
  /**
   * The groups' own order when the view sorts by nothing (stages as on the board, not by size):
   * an aggregate over a group's rows, e.g. `min(stage.position)`. Without it, the largest first.
   */
  order?: RawBuilder<unknown>;
  /**
   * A covering index that leads with the group key: SQLite may then group through it. Without
   * one, grouped.ts keeps SQLite from walking the key's plain index row by row.
   */
  coveringIndex?: string;
  /** Labels of the result's keys, in one query for all of them (no N+1). */
  labels(db: Kysely<Database>, keys: string[], language: Language): Promise<Map<string, string>>;
  /** The list filter that selects one group's rows (given its key and label); null when no list can. */
  drill(value: string | null, label: string, language: Language): Record<string, string> | null;
}

/**
 * A report that groups the visible rows of one record type: the base query (visibility
 * applied), the date the period and the period dimension apply to, measures, dimensions and
 * the list columns the view's filter uses. Each of R2–R5, R8 is one of these.
 */
export interface GroupedSpec {
  def: ReportDef;
  permissions: readonly Permission[];
  /** The record's list (as in recordPath) drill targets open. */
  list: string;
  columns: ListColumns;
  /** Visible rows with the named joins (and those the filter's columns need). */
  base(context: ReportContext, joins: ReadonlySet<string>): AnySelect;
  /** The joins a filter key's column needs. */
  joinsOfFilter?(key: string): string | null;
  /** What `from`/`to` and the period dimension apply to: a datetime or a date column; null when none. */
  periodColumn: { sql: RawBuilder<string | null>; kind: 'datetime' | 'date'; filterKey: string } | null;
  /** Filters always applied, with their drill equivalent (e.g. the open statuses of the pipeline). */
  fixed?(context: ReportContext): { where: RawBuilder<boolean>; drill: Record<string, string> }[];
  measures: readonly GroupedMeasure[];
  dimensions: readonly GroupedDimension[];
}
