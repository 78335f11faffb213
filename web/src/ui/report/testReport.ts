import type { ReportDef, ReportResult } from '@kontor/domain/reports';

/** A pipeline-like report for the unit tests of the report pieces. */
export const PIPELINE_DEF: ReportDef = {
  name: 'pipeline',
  title: { de: 'Vertriebspipeline', en: 'Sales pipeline' },
  description: { de: 'Offene Chancen', en: 'Open opportunities' },
  record: 'opportunity',
  measures: [
    { key: 'count', label: { de: 'Anzahl', en: 'Count' }, kind: 'count' },
    { key: 'amount', label: { de: 'Betrag', en: 'Amount' }, kind: 'money' },
    { key: 'weighted', label: { de: 'Gewichtet', en: 'Weighted' }, kind: 'money' },
    { key: 'probability', label: { de: 'Wahrscheinlichkeit', en: 'Probability' }, kind: 'percent' },
  ],
  dimensions: [
    { key: 'stage', label: { de: 'Phase', en: 'Stage' }, kind: 'record' },
    { key: 'owner', label: { de: 'Verantwortlich', en: 'Owner' }, kind: 'record' },
    { key: 'period', label: { de: 'Abschlussmonat', en: 'Close month' }, kind: 'period' },
  ],
  filters: ['status', 'owner'],
  periodField: { de: 'Erwarteter Abschluss', en: 'Expected close' },
  charts: ['bar', 'stacked-bar', 'pie'],
  defaults: {
    groupBy: ['stage'],
    measures: ['count', 'amount', 'weighted'],
    sort: null,
    chart: 'bar',
    grain: 'month',
    period: 'quarter',
  },
};

const drill = (stage: string) => ({ record: 'opportunity', filter: { stage, status: 'Offen' } });

export const PIPELINE_RESULT: ReportResult = {
  report: 'pipeline',
  view: {
    groupBy: ['stage'],
    grain: 'month',
    measures: ['count', 'amount', 'weighted'],
    from: '2026-10-01',
    to: '2026-12-31',
    filter: {},
    sort: null,
    compare: false,
    chart: 'bar',
  },
  previousPeriod: null,
  measures: PIPELINE_DEF.measures,
  dimensions: PIPELINE_DEF.dimensions,
  rows: [
    {
      keys: { stage: { value: 's1', label: 'Qualifizierung' } },
      values: { count: 3, amount: 300000, weighted: 30000 },
      drill: { count: drill('Qualifizierung'), amount: drill('Qualifizierung'), weighted: null },
    },
    {
      keys: { stage: { value: 's2', label: 'Angebot' } },
      values: { count: 1, amount: 500000, weighted: 250000 },
      drill: { count: drill('Angebot'), amount: drill('Angebot'), weighted: null },
    },
    {
      keys: { stage: { value: 's3', label: 'Verhandlung' } },
      values: { count: 2, amount: null, weighted: null },
      drill: { count: drill('Verhandlung'), amount: null, weighted: null },
    },
  ],
  totals: { values: { count: 6, amount: 800000, weighted: 280000 }, drill: { count: null } },
  truncated: false,
};
