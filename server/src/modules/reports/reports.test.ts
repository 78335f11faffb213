import type { DrillTarget, ReportResult, ReportRow } from '@kontor/domain/reports';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { as, type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { expectBadViews, reportCalls, userWithout } from './testing.js';

// Hand-made data (all instants UTC); the right answers below are worked out by hand.
const STAGE = (n: number) => `00000000-0000-7000-8001-${String(n).padStart(12, '0')}`;
const NEU = STAGE(1);
const ANGEBOT = STAGE(4);
const VERHANDLUNG = STAGE(5);

describe('reports', () => {
  const env = freshAdminAppPerTest();
  const { get, report, drilled } = reportCalls(env);

  async function seed(): Promise<{ sales: BrowserSession }> {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const db = env.database.db;
    const admin = env.admin.userId;
    const row = (at: string) => ({ created_at: at, updated_at: at, created_by: null });
    const leads: [string, string, string][] = [
      ['L1', admin, '2026-03-05T10:00:00.000Z'],
      ['L2', admin, '2026-03-20T10:00:00.000Z'],
      ['L3', sales.userId, '2026-03-31T22:30:00.000Z'], // 1 April in Berlin
      ['L4', sales.userId, '2026-03-10T10:00:00.000Z'],
      ['L5', admin, '2026-02-15T10:00:00.000Z'],
      ['L6', admin, '2026-02-28T23:30:00.000Z'], // 1 March in Berlin
    ];
    for (const [id, owner, at] of leads)
      await db
        .insertInto('leads')
        .values({ id, name: `Lead ${id}`, name_key: `lead ${id}`.toLowerCase(), owner_id: owner, ...row(at) })
        .execute();
    const opportunities: [string, string, string, string, number, number | null, string, string][] = [
      ['O1', admin, '2026-03-06T10:00:00.000Z', ANGEBOT, 100_000, null, 'open', '2026-04-15'],
      ['O2', sales.userId, '2026-03-12T10:00:00.000Z', NEU, 33_333, null, 'open', '2026-05-02'],
      ['O3', admin, '2026-03-31T22:30:00.000Z', ANGEBOT, 50_000, 33, 'replied', '2026-04-30'],
      ['O4', admin, '2026-02-10T10:00:00.000Z', VERHANDLUNG, 200_000, null, 'lost', '2026-03-01'],
    ];
    for (const [id, owner, at, stage, cents, probability, status, close] of opportunities)
      await db
        .insertInto('opportunities')
        .values({
          id,
          name: `Chance ${id}`,
          name_key: `chance ${id}`.toLowerCase(),
          owner_id: owner,
          stage_id: stage,
          expected_revenue_cents: cents,
          probability,
          status,
          manual_status: status,
          expected_close_date: close,
          // Touched now: the daily auto-close (Replied, untouched 15 days) runs at app start and
          // would otherwise close O3 between a report and the list it drills into.
          status_changed_at: new Date().toISOString(),
          ...row(at),
        })
        .execute();
    const quotations: [string, string, number, string, string | null, number, string][] = [
      ['Q1', 'A-1', 1, admin, '2026-03-07T10:00:00.000Z', 90_000, 'superseded'],
      ['Q1b', 'A-1', 2, admin, '2026-03-15T10:00:00.000Z', 95_000, 'open'],
      ['Q2', 'A-2', 1, sales.userId, '2026-02-20T10:00:00.000Z', 10_000, 'superseded'],
      ['Q2b', 'A-2', 2, sales.userId, '2026-03-03T10:00:00.000Z', 12_000, 'open'],
      ['Q3', 'A-3', 1, admin, null, 5_000, 'draft'],
    ];
    for (const [id, number, revision, owner, submitted, net, status] of quotations)
      await db
        .insertInto('quotations')
        .values({
          id,
          number,
          revision,
          owner_id: owner,
          submitted_at: submitted,
          net_cents: net,
          status,
          ...row('2026-02-01T10:00:00.000Z'),
        })
        .execute();
    const orders: [string, string, string | null, number, string][] = [
      ['S1', admin, '2026-03-20T10:00:00.000Z', 95_000, 'booked'],
      ['S2', sales.userId, '2026-03-25T10:00:00.000Z', 7_000, 'cancelled'],
      ['S3', admin, null, 3_000, 'draft'],
    ];
    for (const [id, owner, booked, net, status] of orders)
      await db
        .insertInto('sales_orders')
        .values({
          id,
          number: id,
          owner_id: owner,
          booked_at: booked,
          net_cents: net,
          status,
          ...row('2026-02-01T10:00:00.000Z'),
        })
        .execute();
    return { sales };
  }

  const byStep = (result: ReportResult) =>
    Object.fromEntries(result.rows.map((row) => [String(row.keys.step?.value), row.values]));

  it('computes the funnel of a month with counts, amounts and rates, and compares with the month before', async () => {
    await seed();
    const result = await report('/api/reports/funnel?from=2026-03-01&to=2026-03-31&compare=1');
    expect(result.rows.map((row) => row.keys.step?.label)).toEqual([
      'Leads',
      'Chancen',
      'Angebote',
      'Aufträge',
    ]);
    expect(byStep(result)).toEqual({
      lead: { count: 4, amount: null, stepRate: null, overallRate: 100 },
      opportunity: { count: 2, amount: 133_333, stepRate: 50, overallRate: 50 },
      quotation: { count: 1, amount: 95_000, stepRate: 50, overallRate: 25 },
      order: { count: 1, amount: 95_000, stepRate: 100, overallRate: 25 },
    });
    expect(result.previousPeriod).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(result.rows.map((row) => row.previous)).toEqual([
      { count: 1, amount: null, stepRate: null, overallRate: 100 },
      { count: 1, amount: 200_000, stepRate: 100, overallRate: 100 },
      { count: 1, amount: 12_000, stepRate: 100, overallRate: 100 },
      { count: 0, amount: 0, stepRate: 0, overallRate: 0 },
    ]);
    expect(result.totals.values).toEqual({ count: 1, amount: 95_000, stepRate: null, overallRate: 25 });
    // Berlin days: the lead and opportunity of 31 March 22:30 UTC belong to April.
    const april = byStep(await report('/api/reports/funnel?from=2026-04-01&to=2026-04-30'));
    expect([april.lead?.count, april.opportunity?.count]).toEqual([1, 1]);
  });

  it('splits the funnel by owner and limits a sales user to their own records', async () => {
    const { sales } = await seed();
    const result = await report('/api/reports/funnel?from=2026-03-01&to=2026-03-31&groupBy=step,owner');
    const figures = Object.fromEntries(
      result.rows.map((row) => [`${row.keys.step?.value}/${row.keys.owner?.label}`, row.values.count]),
    );
    expect(figures).toEqual({
      'lead/Ada Admin': 3,
      'opportunity/Ada Admin': 1,
      'quotation/Ada Admin': 1,
      'order/Ada Admin': 1,
      'lead/Test sales': 1,
      'opportunity/Test sales': 1,
      'quotation/Test sales': 0,
      'order/Test sales': 0,
    });
    const own = byStep(await report('/api/reports/funnel?from=2026-03-01&to=2026-03-31', sales));
    expect([own.lead?.count, own.opportunity?.count, own.quotation?.count, own.order?.count]).toEqual([
      1, 1, 0, 0,
    ]);
    expect(own.opportunity?.amount).toBe(33_333);
  });

  it('sums the open pipeline by stage and owner, weighted as the board does', async () => {
    const { sales } = await seed();
    const byStage = await report('/api/reports/pipeline?measures=count,amount,weighted,probability');
    // Stages in their board order (Neu before Angebot), not by size.
    expect(byStage.rows.map((row) => row.keys.stage?.label)).toEqual(['Neu', 'Angebot']);
    const stages = Object.fromEntries(byStage.rows.map((row) => [row.keys.stage?.label, row.values]));
    // Angebot: 100,000 × 60 % = 60,000 and 50,000 × 33 % = 16,500 (half up: 16,500.5 → 16,500 per integer SQL).
    expect(stages).toEqual({
      Angebot: { count: 2, amount: 150_000, weighted: 76_500, probability: 46.5 },
      Neu: { count: 1, amount: 33_333, weighted: 3_333, probability: 10 },
    });
    expect(byStage.totals.values).toEqual({
      count: 3,
      amount: 183_333,
      weighted: 79_833,
      probability: 34.33,
    });
    const byOwner = await report('/api/reports/pipeline?groupBy=owner&sort=-amount');
    expect(byOwner.rows.map((row) => [row.keys.owner?.label, row.values.count, row.values.weighted])).toEqual(
      [
        ['Ada Admin', 2, 76_500],
        ['Test sales', 1, 3_333],
      ],
    );
    const own = await report('/api/reports/pipeline', sales);
    expect(own.rows.map((row) => [row.keys.stage?.label, row.values])).toEqual([
      ['Neu', { count: 1, amount: 33_333, weighted: 3_333 }],
    ]);
    const byMonth = await report('/api/reports/pipeline?groupBy=closeMonth&grain=month');
    expect(byMonth.rows.map((row) => [row.keys.closeMonth?.label, row.values.count])).toEqual([
      ['April 2026', 2],
      ['Mai 2026', 1],
    ]);
  });

  it('drill-down filters open lists with exactly the counted records', async () => {
    await seed();
    const rows: ReportRow[] = [
      ...(await report('/api/reports/funnel?from=2026-03-01&to=2026-03-31&groupBy=step,owner')).rows,
      ...(await report('/api/reports/funnel?from=2026-02-01&to=2026-02-28')).rows,
      ...(await report('/api/reports/pipeline?groupBy=stage,owner')).rows,
      ...(await report('/api/reports/pipeline?groupBy=closeMonth')).rows,
    ];
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const target = row.drill.count as DrillTarget;
      expect((await drilled(target)).length, JSON.stringify(target)).toBe(row.values.count);
    }
  });

  it('exports the table as German CSV and as typed XLSX with the same figures', async () => {
    await seed();
    const view = 'from=2026-03-01&to=2026-03-31&compare=1';
    const csv = await get(`/api/reports/funnel/export?format=csv&${view}`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toContain('Verkaufstrichter-2026-03.csv');
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Schritt;Anzahl;Betrag;Quote zum Vorschritt;Quote ab Lead;Anzahl (Vorperiode);Betrag (Vorperiode);Quote zum Vorschritt (Vorperiode);Quote ab Lead (Vorperiode)',
    );
    expect(lines[2]).toBe('Chancen;2;1333,33;50;50;1;2000,00;100;100');
    expect(lines[5]).toBe('Gesamt;1;950,00;;25;0;0,00;;0');

    const xlsx = await env.app.inject({
      method: 'GET',
      url: `/api/reports/funnel/export?format=xlsx&${view}`,
      headers: as(env.admin),
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(3).values).toEqual([undefined, 'Chancen', 2, 1333.33, 50, 50, 1, 2000, 100, 100]);
  });

  it('answers bad views with 400 problem details, unknown reports with 404 and missing permissions with 403', async () => {
    const cases = [
      '/api/reports/funnel?groupBy=colour',
      '/api/reports/funnel?measures=profit',
      '/api/reports/funnel?from=2026-03-31&to=2026-03-01',
      '/api/reports/funnel?from=2026-02-30&to=2026-03-01',
      '/api/reports/funnel?from=2026-03-01',
      '/api/reports/pipeline?groupBy=closeMonth&grain=day&from=2016-01-01&to=2026-01-01',
      '/api/reports/funnel?filter[nope]=x',
      '/api/reports/funnel?filter[ownerName]=%3E%3C',
      '/api/reports/funnel?sort=-nothing',
      '/api/reports/funnel?groupBy=owner,source',
    ];
    await expectBadViews(get, cases);
    const unknown = await get('/api/reports/nothing');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBeTruthy();
    expect((await get('/api/reports/funnel?from=2026-03-31&to=2026-03-01')).json().errors[0].message).toBe(
      'Das Ende des Zeitraums liegt vor seinem Beginn.',
    );
    // A role that may read everything but orders cannot open the funnel (it counts orders).
    const service = await userWithout(env, 'orders.read');
    expect((await get('/api/reports/funnel', service)).statusCode).toBe(403);
    expect((await get('/api/reports/pipeline', service)).statusCode).toBe(200);
    const listed = (await get('/api/reports', service)).json().items.map((d: { name: string }) => d.name);
    // Listed: the reports it may open (more join as reports are added), never one that counts orders.
    expect(listed).toContain('pipeline');
    expect(listed).not.toContain('funnel');
    expect((await get('/api/reports/funnel/definition', service)).statusCode).toBe(403);
    const definition = (await get('/api/reports/pipeline/definition', service)).json();
    expect(definition.defaults).toMatchObject({ groupBy: ['stage'], chart: 'bar', period: null });
  });
});
