import { describe, expect, it } from 'vitest';
import { CATEGORY_KEY, chartModel } from './chartData';
import { drillHref } from './drill';
import { changePercent, formatChange, formatMeasure } from './measureFormat';
import { nextSort, sortRows } from './rows';
import { PIPELINE_RESULT } from './testReport';

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('report figures', () => {
  it('formats money, percent, days and counts in German and English', () => {
    expect(nbsp(formatMeasure(123456, 'money', 'de-DE'))).toBe('1.234,56 €');
    expect(nbsp(formatMeasure(123456, 'money', 'en-GB'))).toBe('€1,234.56');
    expect(nbsp(formatMeasure(12.5, 'percent', 'de-DE'))).toBe('12,5 %');
    expect(formatMeasure(12.5, 'percent', 'en-GB')).toBe('12.5%');
    expect(formatMeasure(3.25, 'days', 'de-DE')).toBe('3,3 Tage');
    expect(formatMeasure(3.25, 'days', 'en-GB')).toBe('3.3 days');
    expect(formatMeasure(1234, 'count', 'de-DE')).toBe('1.234');
    expect(formatMeasure(null, 'percent', 'de-DE')).toBe('–');
  });

  it('computes and signs the change from the previous period', () => {
    expect(changePercent(150, 100)).toBe(50);
    expect(changePercent(50, 100)).toBe(-50);
    expect(changePercent(5, 0)).toBeNull();
    expect(changePercent(null, 3)).toBeNull();
    expect(nbsp(formatChange(50, 'de-DE'))).toBe('+50 %');
    expect(nbsp(formatChange(-12.5, 'de-DE'))).toBe('-12,5 %');
  });

  it('links a figure to its filtered list', () => {
    expect(drillHref({ record: 'opportunity', filter: { stage: 'Angebot', status: 'Offen' } })).toBe(
      '/opportunities?filter.stage=Angebot&filter.status=Offen',
    );
    expect(drillHref({ record: 'order', filter: { orderDate: '>=1.11.2026&<=30.11.2026' } })).toBe(
      '/orders?filter.orderDate=%3E%3D1.11.2026%26%3C%3D30.11.2026',
    );
    expect(drillHref({ record: 'unknown', filter: {} })).toBeNull();
    expect(drillHref(null)).toBeNull();
  });

  it('sorts rows by a measure with empty figures last, or by a dimension label', () => {
    const labels = (sort: string | null) =>
      sortRows(PIPELINE_RESULT, sort).map((row) => row.keys.stage?.label);
    expect(labels('-amount')).toEqual(['Angebot', 'Qualifizierung', 'Verhandlung']);
    expect(labels('amount')).toEqual(['Qualifizierung', 'Angebot', 'Verhandlung']);
    expect(labels('stage')).toEqual(['Angebot', 'Qualifizierung', 'Verhandlung']);
    expect(labels(null)).toEqual(['Qualifizierung', 'Angebot', 'Verhandlung']);
    expect(nextSort(null, 'amount', null)).toBe('amount');
    expect(nextSort('amount', 'amount', null)).toBe('-amount');
    expect(nextSort('-amount', 'amount', null)).toBeNull();
  });

  it('charts the shown measures of the first one’s kind, one item per group', () => {
    const model = chartModel(PIPELINE_RESULT, (measure) => measure.label.de);
    expect(model?.series.map((series) => series.name)).toEqual(['count']);
    expect(model?.data[1]).toEqual({ [CATEGORY_KEY]: 'Angebot', count: 1 });
    expect(model?.drill[1]?.count).toEqual({
      record: 'opportunity',
      filter: { stage: 'Angebot', status: 'Offen' },
    });

    const money = chartModel(
      { ...PIPELINE_RESULT, view: { ...PIPELINE_RESULT.view, measures: ['amount', 'count', 'weighted'] } },
      (measure) => measure.label.de,
    );
    expect(money?.series.map((series) => series.label)).toEqual(['Betrag', 'Gewichtet']);
    expect(money?.split).toBe(false);
  });

  it('pivots the second grouping into series', () => {
    const row = (owner: string, stage: string, count: number) => ({
      keys: { owner: { value: owner, label: owner }, stage: { value: stage, label: stage } },
      values: { count },
      drill: { count: { record: 'opportunity', filter: { owner, stage } } },
    });
    const model = chartModel(
      {
        ...PIPELINE_RESULT,
        view: { ...PIPELINE_RESULT.view, groupBy: ['owner', 'stage'], measures: ['count'] },
        rows: [row('Berger', 'Angebot', 2), row('Berger', 'Verhandlung', 1), row('Klein', 'Angebot', 4)],
      },
      (measure) => measure.label.de,
    );
    // Split by a second grouping: a funnel or pie would show one group alone, so they draw bars.
    expect(model?.split).toBe(true);
    expect(model?.series.map((series) => series.name)).toEqual(['Angebot', 'Verhandlung']);
    expect(model?.data).toEqual([
      { [CATEGORY_KEY]: 'Berger', Angebot: 2, Verhandlung: 1 },
      { [CATEGORY_KEY]: 'Klein', Angebot: 4 },
    ]);
    expect(model?.drill[1]?.Angebot).toEqual({
      record: 'opportunity',
      filter: { owner: 'Klein', stage: 'Angebot' },
    });
  });
});
