import type { ReportView } from '@kontor/domain/reports';
import { reportViewSchema } from '@kontor/domain/reports';
import { describe, expect, it } from 'vitest';
import { presetOf, presetPeriod } from './periods';
import { apiQueryOf, groupsByPeriod, paramsFromView, viewFromParams } from './reportView';
import { PIPELINE_DEF } from './testReport';

const TODAY = '2026-12-03';

describe('report view in the URL', () => {
  it('opens with the report defaults and the default period when the URL is empty', () => {
    const view = viewFromParams(new URLSearchParams(), PIPELINE_DEF, TODAY);
    expect(view).toEqual({
      groupBy: ['stage'],
      grain: 'month',
      measures: ['count', 'amount', 'weighted'],
      from: '2026-10-01',
      to: '2026-12-31',
      filter: {},
      sort: null,
      compare: false,
      chart: 'bar',
    });
    expect(paramsFromView(view, PIPELINE_DEF, TODAY).toString()).toBe('');
  });

  it('reads every part and writes the same URL back', () => {
    const url =
      'groupBy=owner%2Cperiod&grain=quarter&measures=amount&from=2026-01-01&to=2026-03-31&filter.status=Offen&sort=-amount&compare=1&chart=stacked-bar';
    const view = viewFromParams(new URLSearchParams(url), PIPELINE_DEF, TODAY);
    expect(view).toEqual({
      groupBy: ['owner', 'period'],
      grain: 'quarter',
      measures: ['amount'],
      from: '2026-01-01',
      to: '2026-03-31',
      filter: { status: 'Offen' },
      sort: '-amount',
      compare: true,
      chart: 'stacked-bar',
    });
    expect(paramsFromView(view, PIPELINE_DEF, TODAY).toString()).toBe(url);
  });

  it('drops names the report does not know and charts it does not offer', () => {
    const view = viewFromParams(
      new URLSearchParams('groupBy=customer,owner&measures=nope&chart=funnel&grain=decade&from=31.12.2026'),
      PIPELINE_DEF,
      TODAY,
    );
    expect(view.groupBy).toEqual(['owner']);
    expect(view.measures).toEqual(['count', 'amount', 'weighted']);
    expect(view.chart).toBe('bar');
    expect(view.grain).toBe('month');
    expect(view.from).toBe('2026-10-01');
  });

  it('drops a sort by a column the view no longer shows', () => {
    expect(
      viewFromParams(new URLSearchParams('sort=-amount&measures=count'), PIPELINE_DEF, TODAY).sort,
    ).toBeNull();
    expect(viewFromParams(new URLSearchParams('sort=owner&groupBy=owner'), PIPELINE_DEF, TODAY).sort).toBe(
      'owner',
    );
    expect(viewFromParams(new URLSearchParams('sort=owner'), PIPELINE_DEF, TODAY).sort).toBeNull();
  });

  it('keeps "no grouping" and "all time" as explicit empty values', () => {
    const view = viewFromParams(new URLSearchParams('groupBy=&from=&to='), PIPELINE_DEF, TODAY);
    expect(view.groupBy).toEqual([]);
    expect(view.from).toBeNull();
    expect(view.to).toBeNull();
    expect(paramsFromView(view, PIPELINE_DEF, TODAY).toString()).toBe('groupBy=&from=&to=');
  });

  it('builds the API query in the contract form, which the shared schema accepts', () => {
    const view: ReportView = {
      groupBy: ['owner', 'period'],
      grain: 'week',
      measures: ['count', 'amount'],
      from: '2026-11-01',
      to: '2026-11-30',
      filter: { status: 'Offen|Gewonnen', owner: '' },
      sort: '-amount',
      compare: true,
      chart: 'line',
    };
    const query = apiQueryOf(view);
    expect(query.toString()).toBe(
      'groupBy=owner%2Cperiod&grain=week&measures=count%2Camount&from=2026-11-01&to=2026-11-30&filter%5Bstatus%5D=Offen%7CGewonnen&sort=-amount&compare=1&chart=line',
    );
    const parsed = reportViewSchema.parse(Object.fromEntries(query));
    expect(parsed).toEqual({
      groupBy: ['owner', 'period'],
      grain: 'week',
      measures: ['count', 'amount'],
      from: '2026-11-01',
      to: '2026-11-30',
      filter: { status: 'Offen|Gewonnen' },
      sort: '-amount',
      compare: true,
      chart: 'line',
    });
  });

  it('knows when the view groups by period', () => {
    const view = viewFromParams(new URLSearchParams('groupBy=period'), PIPELINE_DEF, TODAY);
    expect(groupsByPeriod(view, PIPELINE_DEF)).toBe(true);
    expect(groupsByPeriod(viewFromParams(new URLSearchParams(), PIPELINE_DEF, TODAY), PIPELINE_DEF)).toBe(
      false,
    );
  });
});

describe('period presets', () => {
  it('computes months, quarters and years across year ends', () => {
    expect(presetPeriod('thisMonth', '2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetPeriod('lastMonth', '2026-01-10')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetPeriod('thisQuarter', '2026-05-31')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(presetPeriod('thisYear', TODAY)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetPeriod('lastYear', TODAY)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('recognises a preset and calls anything else custom', () => {
    expect(presetOf({ from: '2026-11-01', to: '2026-11-30' }, TODAY)).toBe('lastMonth');
    expect(presetOf({ from: '2026-11-02', to: '2026-11-30' }, TODAY)).toBe('custom');
  });
});
