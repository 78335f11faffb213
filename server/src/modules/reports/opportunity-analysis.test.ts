import type { DrillTarget, ReportResult, ReportRow } from '@kontor/domain/reports';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { expectBadViews, reportCalls, userWithout } from './testing.js';

// Hand-made opportunities (all instants UTC); the right answers below are worked out by hand.
const STAGE = (n: number) => `00000000-0000-7000-8001-${String(n).padStart(12, '0')}`;
const [NEU, ANGEBOT, VERHANDLUNG] = [STAGE(1), STAGE(4), STAGE(5)];
const [TOO_DEAR, NO_BUDGET] = ['r-teuer', 'r-budget'];
// 31 March 22:30 UTC is 1 April 00:30 in Berlin (summer time since 29 March).
const BERLIN_1_APRIL = '2026-03-31T22:30:00.000Z';
const BERLIN_31_MARCH_LATE = '2026-03-31T21:30:00.000Z';

interface Seeded {
  sales: BrowserSession;
}

describe('R5 opportunity analysis', () => {
  const env = freshAdminAppPerTest();
  afterEach(() => {
    vi.useRealTimers();
  });
  const calls = reportCalls(env);
  const { get, drilled } = calls;
  const report = (query: string, session?: BrowserSession) =>
    calls.report(`/api/reports/opportunities${query}`, session);
  /** The report as of an instant (only Date is faked: "today" for the overdue count). */
  const reportAt = async (instant: string, query: string) => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(instant) });
    try {
      return await report(query);
    } finally {
      vi.useRealTimers();
    }
  };

  async function seed(): Promise<Seeded> {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const db = env.database.db;
    const admin = env.admin.userId;
    const at = '2026-01-01T00:00:00.000Z';
    await db
      .insertInto('teams')
      .values([
        { id: 't-nord', name: 'Nord', created_at: at, updated_at: at, created_by: null },
        { id: 't-sued', name: 'Süd', created_at: at, updated_at: at, created_by: null },
      ])
      .execute();
    await db
      .insertInto('lost_reasons')
      .values([
        { id: TOO_DEAR, name: 'Zu teuer', position: 90, created_at: at, updated_at: at },
        { id: NO_BUDGET, name: 'Kein Budget', position: 91, created_at: at, updated_at: at },
      ])
      .execute();
    // id, owner, created, stage, status, expected revenue, planned cost, expected close, source, team
    const rows: [
      string,
      string,
      string,
      string,
      string,
      number,
      number | null,
      string | null,
      string | null,
      string | null,
    ][] = [
      [
        'O1',
        admin,
        '2026-03-05T10:00:00.000Z',
        ANGEBOT,
        'open',
        100_000,
        20_000,
        '2026-03-31',
        'trade-fair',
        't-nord',
      ],
      [
        'O2',
        sales.userId,
        '2026-03-12T10:00:00.000Z',
        NEU,
        'replied',
        50_000,
        null,
        '2026-04-01',
        'web-form',
        null,
      ],
      [
        'O3',
        admin,
        '2026-03-20T10:00:00.000Z',
        VERHANDLUNG,
        'converted',
        200_000,
        60_000,
        '2026-03-15',
        'trade-fair',
        't-nord',
      ],
      [
        'O4',
        admin,
        '2026-02-10T10:00:00.000Z',
        VERHANDLUNG,
        'lost',
        80_000,
        10_000,
        '2026-03-01',
        'web-form',
        null,
      ],
      ['O5', sales.userId, BERLIN_1_APRIL, NEU, 'lost', 30_000, 5_000, '2026-02-01', null, null],
      ['O6', admin, '2026-01-15T10:00:00.000Z', ANGEBOT, 'quotation', 40_000, null, null, null, 't-sued'],
      [
        'O7',
        sales.userId,
        '2026-03-25T10:00:00.000Z',
        ANGEBOT,
        'closed',
        10_000,
        null,
        '2026-01-01',
        null,
        null,
      ],
      ['O8', admin, '2026-02-20T10:00:00.000Z', NEU, 'open', 25_000, 2_500, '2026-03-30', null, null],
    ];
    const now = new Date().toISOString();
    for (const [id, owner, created, stage, status, revenue, cost, close, source, team] of rows)
      await db
        .insertInto('opportunities')
        .values({
          id,
          name: `Chance ${id}`,
          name_key: `chance ${id}`.toLowerCase(),
          owner_id: owner,
          stage_id: stage,
          status,
          manual_status: ['lost', 'closed', 'replied'].includes(status) ? status : 'open',
          expected_revenue_cents: revenue,
          planned_cost_cents: cost,
          expected_close_date: close,
          source,
          team_id: team,
          // Touched now: the app's auto-close job (replied and untouched for 15 days) must leave O2 be.
          status_changed_at: now,
          created_at: created,
          updated_at: now,
          created_by: null,
        })
        .execute();
    await db
      .insertInto('opportunity_lost_reasons')
      .values([
        { opportunity_id: 'O4', lost_reason_id: TOO_DEAR },
        { opportunity_id: 'O4', lost_reason_id: NO_BUDGET },
        { opportunity_id: 'O5', lost_reason_id: TOO_DEAR },
      ])
      .execute();
    return { sales };
  }

  const ALL = 'count,expectedRevenue,plannedCost,overdue,converted,lost,winRate';
  const byKey = (result: ReportResult, dimension: string) =>
    Object.fromEntries(result.rows.map((row) => [row.keys[dimension]?.label, row.values]));

  it('sums revenue and planned cost, counts overdue, converted and lost, and the win rate by owner', async () => {
    await seed();
    const result = await reportAt(BERLIN_1_APRIL, `?groupBy=owner&measures=${ALL}`);
    expect(byKey(result, 'owner')).toEqual({
      // O1, O3, O4, O6, O8: 100,000 + 200,000 + 80,000 + 40,000 + 25,000 = 445,000;
      // planned 20,000 + 60,000 + 10,000 + 2,500 = 92,500 (O6 has none); overdue O1, O8;
      // win rate 1 converted (O3) ÷ (1 + 1 lost, O4) = 50 %.
      'Ada Admin': {
        count: 5,
        expectedRevenue: 445_000,
        plannedCost: 92_500,
        overdue: 2,
        converted: 1,
        lost: 1,
        winRate: 50,
      },
      // O2, O5, O7: 50,000 + 30,000 + 10,000; planned only O5's 5,000; O7 closed counts neither way.
      'Test sales': {
        count: 3,
        expectedRevenue: 90_000,
        plannedCost: 5_000,
        overdue: 0,
        converted: 0,
        lost: 1,
        winRate: 0,
      },
    });
    // Win rate over all: 1 ÷ (1 + 2) = 33.33 % — not the average of the rows' rates.
    expect(result.totals.values).toEqual({
      count: 8,
      expectedRevenue: 535_000,
      plannedCost: 97_500,
      overdue: 2,
      converted: 1,
      lost: 2,
      winRate: 33.33,
    });
    expect(result.totals.drill.winRate).toBeNull();
  });

  it('counts as overdue what is still open with an expected close before today in Berlin', async () => {
    await seed();
    // 23:30 on 31 March in Berlin: only O8 (30 March) is overdue; O1 closes today.
    const late = await reportAt(BERLIN_31_MARCH_LATE, '?groupBy=status&measures=count,overdue');
    expect(late.totals.values.overdue).toBe(1);
    // An hour later it is 1 April in Berlin (still 31 March in UTC): O1 is overdue too. O2 (replied)
    // closes on 1 April, O3, O4, O5 and O7 are past their date but no longer open, O6 has no date.
    const next = await reportAt(BERLIN_1_APRIL, '?groupBy=status&measures=count,overdue');
    expect(next.totals.values.overdue).toBe(2);
    expect(byKey(next, 'status')).toEqual({
      Offen: { count: 2, overdue: 2 },
      Beantwortet: { count: 1, overdue: 0 },
      Angebot: { count: 1, overdue: 0 },
      Umgewandelt: { count: 1, overdue: 0 },
      Verloren: { count: 2, overdue: 0 },
      Geschlossen: { count: 1, overdue: 0 },
    });
    expect(next.totals.drill.overdue?.filter).toEqual({
      status: '="Offen" | ="Beantwortet" | ="Angebot"',
      expectedCloseDate: '<1.4.2026',
    });
  });

  it('splits by lost reason: a row holds the opportunities naming it, the totals count each once', async () => {
    await seed();
    const result = await report('?groupBy=lostReason&measures=count,expectedRevenue,lost&sort=-count');
    expect(result.rows.map((row) => [row.keys.lostReason?.label, row.values])).toEqual([
      // Everything not lost: O1, O2, O3, O6, O7, O8 = 100,000 + 50,000 + 200,000 + 40,000 + 10,000 + 25,000.
      ['Ohne Angabe', { count: 6, expectedRevenue: 425_000, lost: 0 }],
      // O4 (80,000) and O5 (30,000).
      ['Zu teuer', { count: 2, expectedRevenue: 110_000, lost: 2 }],
      // O4 again: it names both reasons.
      ['Kein Budget', { count: 1, expectedRevenue: 80_000, lost: 1 }],
    ]);
    // 6 + 2 + 1 = 9 rows' count, but 8 opportunities.
    expect(result.totals.values).toEqual({ count: 8, expectedRevenue: 535_000, lost: 2 });
    expect(result.rows.every((row) => row.drill.count === null)).toBe(true);
    // With a second dimension, each opportunity still counts once per reason it names.
    const byOwner = await report('?groupBy=owner,lostReason&measures=count');
    expect(
      byOwner.rows
        .map((row) => `${row.keys.owner?.label}/${row.keys.lostReason?.label}=${row.values.count}`)
        .sort(),
    ).toEqual([
      'Ada Admin/Kein Budget=1',
      'Ada Admin/Ohne Angabe=4',
      'Ada Admin/Zu teuer=1',
      'Test sales/Ohne Angabe=2',
      'Test sales/Zu teuer=1',
    ]);
  });

  it('bounds the period by the Berlin day of creation and compares with the period before', async () => {
    await seed();
    const march = await report(
      '?from=2026-03-01&to=2026-03-31&groupBy=owner&measures=count,expectedRevenue&compare=1',
    );
    // March in Berlin: O1, O3 (admin), O2, O7 (sales); O5, made 31 March 22:30 UTC, is April's.
    expect(march.totals.values).toEqual({ count: 4, expectedRevenue: 360_000 });
    expect(march.previousPeriod).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    // February: O4 (80,000) and O8 (25,000), both the admin's; sales had none.
    expect(march.totals.previous).toEqual({ count: 2, expectedRevenue: 105_000 });
    expect(march.rows.map((row) => [row.keys.owner?.label, row.values, row.previous])).toEqual([
      ['Ada Admin', { count: 2, expectedRevenue: 300_000 }, { count: 2, expectedRevenue: 105_000 }],
      ['Test sales', { count: 2, expectedRevenue: 60_000 }, { count: 0, expectedRevenue: null }],
    ]);
    const months = await report('?from=2026-01-01&to=2026-04-30&groupBy=created&grain=month&measures=count');
    expect(months.rows.map((row) => [row.keys.created?.label, row.values.count])).toEqual([
      ['Januar 2026', 1],
      ['Februar 2026', 2],
      ['März 2026', 4],
      ['April 2026', 1],
    ]);
  });

  it('limits a sales user to their own opportunities', async () => {
    const { sales } = await seed();
    const own = await report(`?groupBy=owner&measures=${ALL}`, sales);
    expect(own.rows.map((row) => row.keys.owner?.label)).toEqual(['Test sales']);
    expect(own.totals.values).toMatchObject({ count: 3, expectedRevenue: 90_000, lost: 1, winRate: 0 });
  });

  it('answers every dimension, and every drill-down opens the list with exactly the counted records', async () => {
    await seed();
    const definition = (await get('/api/reports/opportunities/definition')).json();
    const rows: ReportRow[] = [];
    for (const { key } of definition.dimensions as { key: string }[]) {
      const result = await reportAt(
        BERLIN_1_APRIL,
        `?groupBy=${key}&measures=${ALL}&from=2026-01-01&to=2026-04-30`,
      );
      expect(result.rows.length, key).toBeGreaterThan(0);
      if (key !== 'lostReason') rows.push(...result.rows);
      rows.push({ keys: {}, ...result.totals });
    }
    rows.push(...(await reportAt(BERLIN_1_APRIL, `?groupBy=stage,team&measures=${ALL}`)).rows);
    rows.push(
      ...(await reportAt(BERLIN_1_APRIL, `?groupBy=source&measures=${ALL}&filter[status]=Offen`)).rows,
    );
    let checked = 0;
    for (const row of rows)
      for (const [measure, value] of Object.entries(row.values)) {
        const drill = row.drill[measure] as DrillTarget | null;
        if (measure === 'winRate') {
          expect(drill).toBeNull();
          continue;
        }
        expect(drill?.record, measure).toBe('opportunity');
        const query = JSON.stringify(drill?.filter);
        const items = (await drilled(drill as DrillTarget)) as unknown as {
          expectedRevenueCents: number;
          plannedCostCents: number | null;
        }[];
        const figure =
          measure === 'expectedRevenue'
            ? items.reduce((sum, item) => sum + item.expectedRevenueCents, 0)
            : measure === 'plannedCost'
              ? items.reduce((sum, item) => sum + (item.plannedCostCents ?? 0), 0)
              : items.length;
        expect(figure, `${measure} ${query}`).toBe(value);
        checked++;
      }
    expect(checked).toBeGreaterThan(100);
  });

  it('answers bad views with 400 problem details and a role without opportunities.read with 403', async () => {
    const cases = [
      '?groupBy=colour',
      '?measures=profit',
      '?groupBy=owner,owner',
      '?sort=-nothing',
      '?filter[nope]=x',
      '?filter[plannedCost]=viel',
      '?from=2026-03-01',
      '?chart=funnel',
      '?groupBy=created&grain=day&from=2016-01-01&to=2026-01-01',
    ];
    await expectBadViews(
      get,
      cases.map((query) => `/api/reports/opportunities${query}`),
    );
    const service = await userWithout(env, 'opportunities.read');
    expect((await get('/api/reports/opportunities', service)).statusCode).toBe(403);
    const listed = (await get('/api/reports', service)).json().items.map((d: { name: string }) => d.name);
    expect(listed).not.toContain('opportunities');
  });
});
