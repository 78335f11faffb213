import { LEAD_SOURCE_OPTIONS } from '@kontor/domain/leads';
import { LEAD_STATUS_LABELS, LEAD_STATUSES } from '@kontor/domain/sales-status';
import { type RawBuilder, sql } from 'kysely';
import type { Engine } from '../../platform/db/connection.js';
import { joinOfColumn } from '../../platform/db/joining.js';
import { LEAD_COLUMNS } from '../leads/columns.js';
import { LeadRepository } from '../leads/repository.js';
import type { AnySelect, GroupedSpec, ReportContext, ServerReport } from './definition.js';
import { exactly } from './drill.js';
import { groupedReport } from './grouped.js';
import { byName, namesFrom, optionLabels } from './labels.js';
import { leadActivity, secondsBetween } from './lead-analysis-activity.js';

const FILTERS = Object.entries(LEAD_COLUMNS)
  .filter(([, column]) => column.field.filterable)
  .map(([key]) => key);

/** The measures that read the leads' activities (the join is left out when none is shown). */
const ACTIVITY_MEASURES = ['firstResponseDays', 'activitiesPerLead', 'emailsPerLead'];

/**
 * R4 Lead analysis: how leads are worked — how many came in (and their status), how soon someone
 * got in touch, how soon they were converted, how much was done with them — by owner, source,
 * status, team, campaign or month of creation. Every figure belongs to the leads created in the
 * period, however late their response or conversion came.
 */
function specFor(engine: Engine): GroupedSpec {
  const daysSinceCreation = (instant: RawBuilder<unknown>) =>
    sql<number | null>`avg(${secondsBetween(engine, sql`leads.created_at`, instant)}) / 86400.0`;
  return {
    def: {
      name: 'leads',
      title: { de: 'Leadanalyse', en: 'Lead analysis' },
      description: {
        de:
          'Leads nach Anlage im Zeitraum: Anzahl und Status, Tage bis zur ersten Reaktion und bis zur Umwandlung, Aktivitäten und gesendete E-Mails je Lead. ' +
          'Erste Reaktion ist der früheste erledigte Eintrag, mit dem sich jemand beim Lead gemeldet hat: ein ausgehender Anruf, eine ausgehende E-Mail oder ein ausgehender Brief, ein Termin oder Besuch. ' +
          'Aktivitäten sind die von Personen erfassten Einträge am Lead (ohne Systemeinträge und Dateien), soweit Sie sie sehen dürfen. ' +
          'Das Team eines Leads ist das seines Betreuers (bei mehreren das zuerst angelegte).',
        en:
          'Leads by creation in the period: count and status, days to first response and to conversion, activities and e-mails sent per lead. ' +
          'First response is the earliest done entry in which someone got in touch with the lead: an outgoing call, e-mail or letter, a meeting or a visit. ' +
          'Activities are the entries people recorded on the lead (not system entries or files), as far as you may see them. ' +
          "A lead's team is its owner's (of several, the one created first).",
      },
      record: 'lead',
      measures: [
        { key: 'count', label: { de: 'Anzahl', en: 'Count' }, kind: 'count' },
        {
          key: 'firstResponseDays',
          label: { de: 'Ø Tage bis zur ersten Reaktion', en: 'Avg. days to first response' },
          kind: 'days',
        },
        {
          key: 'conversionDays',
          label: { de: 'Ø Tage bis zur Umwandlung', en: 'Avg. days to conversion' },
          kind: 'days',
        },
        {
          key: 'activitiesPerLead',
          label: { de: 'Aktivitäten je Lead', en: 'Activities per lead' },
          kind: 'number',
        },
        {
          key: 'emailsPerLead',
          label: { de: 'Gesendete E-Mails je Lead', en: 'E-mails sent per lead' },
          kind: 'number',
        },
      ],
      dimensions: [
        { key: 'status', label: { de: 'Status', en: 'Status' }, kind: 'enum' },
        { key: 'owner', label: { de: 'Betreuer', en: 'Owner' }, kind: 'record' },
        { key: 'source', label: { de: 'Leadquelle', en: 'Lead source' }, kind: 'enum' },
        { key: 'team', label: { de: 'Team', en: 'Team' }, kind: 'record' },
        { key: 'campaign', label: { de: 'Kampagne', en: 'Campaign' }, kind: 'record' },
        { key: 'created', label: { de: 'Angelegt', en: 'Created' }, kind: 'period' },
      ],
      filters: FILTERS,
      periodField: { de: 'Angelegt am', en: 'Created on' },
      charts: ['bar', 'stacked-bar', 'pie', 'line'],
      defaults: {
        groupBy: ['status'],
        measures: ['count', 'firstResponseDays', 'conversionDays', 'activitiesPerLead', 'emailsPerLead'],
        sort: null,
        chart: 'bar',
        grain: 'month',
        period: 'month',
      },
    },
    permissions: ['leads.read'],
    list: 'lead',
    columns: LEAD_COLUMNS,
    base: (context, joins) => {
      let leads = new LeadRepository(context.db).visibleJoining(context.principal, joins) as AnySelect;
      if (context.view.measures.some((key) => ACTIVITY_MEASURES.includes(key)))
        leads = leads.leftJoin(
          leadActivity(context).as('lead_activity'),
          'lead_activity.lead_id',
          'leads.id',
        );
      if (joins.has('team'))
        leads = leads.leftJoin(ownerTeams(context).as('owner_team'), 'owner_team.user_id', 'leads.owner_id');
      return leads;
    },
    joinsOfFilter: (key) => joinOfColumn(LEAD_COLUMNS, 'leads', key),
    periodColumn: { sql: sql`leads.created_at`, kind: 'datetime', filterKey: 'createdAt' },
    measures: [
      { key: 'count', aggregate: sql`count(*)`, drills: true, additive: true },
      {
        key: 'firstResponseDays',
        // avg() passes over the leads without one: the average of those that had a response.
        aggregate: daysSinceCreation(sql`lead_activity.first_response_at`),
        drills: false,
      },
      {
        key: 'conversionDays',
        aggregate: daysSinceCreation(sql`leads.converted_at`),
        drills: false,
      },
      {
        key: 'activitiesPerLead',
        aggregate: sql`sum(coalesce(lead_activity.activities, 0)) * 1.0 / count(*)`,
        drills: false,
      },
      {
        key: 'emailsPerLead',
        aggregate: sql`sum(coalesce(lead_activity.emails_sent, 0)) * 1.0 / count(*)`,
        drills: false,
      },
    ],
    dimensions: [
      {
        key: 'status',
        group: sql`leads.status`,
        labels: optionLabels(LEAD_STATUSES.map((value) => ({ value, label: LEAD_STATUS_LABELS[value] }))),
        drill: (value, label) => ({ status: exactly(value && label) }),
      },
      { key: 'owner', group: sql`leads.owner_id`, labels: namesFrom('users'), drill: byName('ownerName') },
      {
        key: 'source',
        group: sql`leads.source`,
        labels: optionLabels(LEAD_SOURCE_OPTIONS),
        drill: (value, label) => ({ source: exactly(value && label) }),
      },
      // The lead list has no team filter: team groups have no drill-down.
      {
        key: 'team',
        group: sql`owner_team.team_id`,
        joins: ['team'],
        labels: namesFrom('teams'),
        drill: () => null,
      },
      {
        key: 'campaign',
        group: sql`leads.campaign_id`,
        labels: namesFrom('campaigns'),
        drill: byName('campaignName'),
      },
    ],
  };
}

/** A lead has no team of its own: it counts for its owner's, of several the first created (ids are time-ordered). */
function ownerTeams(context: ReportContext): AnySelect {
  return context.db
    .selectFrom('team_members')
    .select(['team_members.user_id', sql<string>`min(team_members.team_id)`.as('team_id')])
    .groupBy('team_members.user_id') as unknown as AnySelect;
}

// Day spans are computed in SQL, which the two engines write differently.
const REPORTS = { sqlite: groupedReport(specFor('sqlite')), postgres: groupedReport(specFor('postgres')) };

export const leadAnalysisReport: ServerReport = {
  def: REPORTS.sqlite.def,
  permissions: REPORTS.sqlite.permissions,
  compute: (context) => REPORTS[context.engine].compute(context),
};
