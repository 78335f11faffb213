import type { DrillTarget, ReportResult, ReportRow } from '@kontor/domain/reports';
import { describe, expect, it } from 'vitest';
import { type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { expectBadViews, reportCalls, userWithout } from './testing.js';

// Hand-made data (all instants UTC, Berlin is UTC+1 in February and March until the 29th, then
// UTC+2); the right answers below are worked out by hand from it.
const NEU = '00000000-0000-7000-8001-000000000001';
const MARCH = 'from=2026-03-01&to=2026-03-31';
// C1 ran all March; C2 ran 16 March – 14 April (30 days: 16 in March, 14 in April); C3 all March.
const C1 = 'C1';
const C2 = 'C2';
const C3 = 'C3';

describe('report lead-sources (R3)', () => {
  const env = freshAdminAppPerTest();
  const { get, report, drilled } = reportCalls(env);
  const byKey = (result: ReportResult, key: string) =>
    Object.fromEntries(result.rows.map((row) => [row.keys[key]?.label, row.values]));

  async function seed(): Promise<{ sales: BrowserSession }> {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const db = env.database.db;
    const admin = env.admin.userId;
    const row = (at: string) => ({ created_at: at, updated_at: at, created_by: null });
    const campaigns: [string, string, number, string, string][] = [
      [C1, 'Messe Hannover', 300_000, '2026-03-01', '2026-03-31'],
      [C2, 'Newsletter', 90_000, '2026-03-16', '2026-04-14'],
      [C3, 'Anzeige Lokalblatt', 50_000, '2026-03-01', '2026-03-31'],
    ];
    for (const [id, name, cost, starts, ends] of campaigns)
      await db
        .insertInto('campaigns')
        .values({
          id,
          name,
          name_key: name.toLowerCase(),
          channel: 'trade-fair',
          starts_on: starts,
          ends_on: ends,
          budget_cents: null,
          actual_cost_cents: cost,
          currency: 'EUR',
          owner_id: null,
          active: 1,
          description: null,
          ...row('2026-01-01T10:00:00.000Z'),
        })
        .execute();
    const leads: [string, string, string, string | null, string | null][] = [
      ['L1', admin, '2026-03-05T10:00:00.000Z', 'trade-fair', C1],
      ['L2', admin, '2026-03-06T10:00:00.000Z', 'trade-fair', C1],
      ['L3', sales.userId, '2026-03-10T10:00:00.000Z', 'trade-fair', C1],
      ['L4', admin, '2026-03-20T10:00:00.000Z', 'campaign', C2],
      ['L5', admin, '2026-03-31T22:30:00.000Z', 'campaign', C2], // 1 April in Berlin
      ['L6', sales.userId, '2026-02-28T23:30:00.000Z', 'referral', null], // 1 March in Berlin
      ['L7', admin, '2026-02-15T10:00:00.000Z', 'web-form', null],
    ];
    for (const [id, owner, at, source, campaign] of leads)
      await db
        .insertInto('leads')
        .values({
          id,
          name: `Lead ${id}`,
          name_key: `lead ${id}`.toLowerCase(),
          owner_id: owner,
          source,
          campaign_id: campaign,
          ...row(at),
        })
        .execute();
    const opportunities: [string, string, string, string | null, string | null, string | null][] = [
      ['O1', admin, '2026-03-07T10:00:00.000Z', 'trade-fair', C1, 'L1'],
      ['O2', sales.userId, '2026-03-12T10:00:00.000Z', 'trade-fair', C1, 'L3'],
      ['O3', admin, '2026-03-21T10:00:00.000Z', 'campaign', C2, 'L4'],
      ['O4', admin, '2026-03-31T22:30:00.000Z', 'campaign', C2, 'L5'], // 1 April in Berlin
      ['O5', admin, '2026-03-15T10:00:00.000Z', null, null, null], // made directly, no source
    ];
    for (const [id, owner, at, source, campaign, lead] of opportunities)
      await db
        .insertInto('opportunities')
        .values({
          id,
          name: `Chance ${id}`,
          name_key: `chance ${id}`.toLowerCase(),
          owner_id: owner,
          stage_id: NEU,
          expected_revenue_cents: 10_000,
          source,
          campaign_id: campaign,
          lead_id: lead,
          status_changed_at: at,
          ...row(at),
        })
        .execute();
    const orders: [string, string, string | null, number, string, string | null, string | null][] = [
      ['S1', admin, '2026-03-20T10:00:00.000Z', 100_000, 'booked', 'O1', null],
      ['S2', admin, '2026-03-25T10:00:00.000Z', 50_000, 'completed', 'O3', 'L4'],
      // From a lead's quotation, without an opportunity: it counts for its lead's source and campaign.
      ['S3', sales.userId, '2026-03-28T10:00:00.000Z', 20_000, 'booked', null, 'L3'],
      ['S4', admin, '2026-03-26T10:00:00.000Z', 70_000, 'cancelled', 'O2', null],
      ['S5', admin, '2026-03-31T22:30:00.000Z', 10_000, 'booked', 'O1', null], // 1 April in Berlin
      ['S6', admin, null, 5_000, 'draft', 'O1', null],
      ['S7', admin, '2026-02-10T10:00:00.000Z', 30_000, 'booked', 'O5', null],
    ];
    for (const [id, owner, booked, net, status, opportunity, lead] of orders)
      await db
        .insertInto('sales_orders')
        .values({
          id,
          number: id,
          owner_id: owner,
          booked_at: booked,
          net_cents: net,
          status,
          opportunity_id: opportunity,
          lead_id: lead,
          ...row('2026-02-01T10:00:00.000Z'),
        })
        .execute();
    return { sales };
  }

  it('counts leads, opportunities, won orders and revenue per source in Berlin days, compared with February', async () => {
    await seed();
    const result = await report(`/api/reports/lead-sources?${MARCH}&compare=1`);
    // March (Berlin): leads L1–L4 and L6 (28 Feb 23:30 UTC is 1 March), not L5 (1 April);
    // opportunities O1, O2, O3, O5; won S1, S2 (completed) and S3 (its lead L3 is trade-fair),
    // not S4 (cancelled) nor S5 (1 April).
    expect(byKey(result, 'source')).toEqual({
      Messe: { leads: 3, opportunities: 2, wonOrders: 2, revenue: 120_000 }, // S1 100,000 + S3 20,000
      Kampagne: { leads: 1, opportunities: 1, wonOrders: 1, revenue: 50_000 },
      Empfehlung: { leads: 1, opportunities: 0, wonOrders: 0, revenue: 0 },
      'Ohne Angabe': { leads: 0, opportunities: 1, wonOrders: 0, revenue: 0 },
    });
    expect(result.rows.map((row) => row.keys.source?.label)).toEqual([
      'Messe',
      'Empfehlung',
      'Kampagne',
      'Ohne Angabe',
    ]);
    expect(result.totals.values).toEqual({ leads: 5, opportunities: 4, wonOrders: 3, revenue: 170_000 });
    // February: lead L7 (web form, not shown in March), order S7 of O5 (no source).
    expect(result.previousPeriod).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    const previous = Object.fromEntries(result.rows.map((row) => [row.keys.source?.label, row.previous]));
    expect(previous['Ohne Angabe']).toEqual({ leads: 0, opportunities: 0, wonOrders: 1, revenue: 30_000 });
    expect(previous.Messe).toEqual({ leads: 0, opportunities: 0, wonOrders: 0, revenue: 0 });
    expect(result.totals.previous).toEqual({ leads: 1, opportunities: 0, wonOrders: 1, revenue: 30_000 });
    // Berlin days: what happened on 31 March 22:30 UTC belongs to April.
    const april = await report('/api/reports/lead-sources?from=2026-04-01&to=2026-04-30');
    expect(april.totals.values).toEqual({ leads: 1, opportunities: 1, wonOrders: 1, revenue: 10_000 });
  });

  it('works out cost per lead and per won order from each campaign’s actual cost over its run', async () => {
    await seed();
    const measures = 'measures=leads,wonOrders,revenue,costPerLead,costPerWonOrder';
    const result = await report(`/api/reports/lead-sources?${MARCH}&groupBy=campaign&${measures}`);
    expect(byKey(result, 'campaign')).toEqual({
      // 3,000.00 € in March ÷ 3 leads = 1,000.00 €; ÷ 2 won orders (S1, S3) = 1,500.00 €.
      'Messe Hannover': {
        leads: 3,
        wonOrders: 2,
        revenue: 120_000,
        costPerLead: 100_000,
        costPerWonOrder: 150_000,
      },
      // 900.00 € over 30 days, 16 of them in March: 480.00 € ÷ 1 lead (L4) ÷ 1 won order (S2).
      Newsletter: { leads: 1, wonOrders: 1, revenue: 50_000, costPerLead: 48_000, costPerWonOrder: 48_000 },
      // L6 and O5 came without a campaign: no cost to divide.
      'Ohne Angabe': { leads: 1, wonOrders: 0, revenue: 0, costPerLead: null, costPerWonOrder: null },
      // 500.00 € spent in March and nothing came of it: it shows, with nothing to divide by.
      'Anzeige Lokalblatt': {
        leads: 0,
        wonOrders: 0,
        revenue: 0,
        costPerLead: null,
        costPerWonOrder: null,
      },
    });
    // All campaigns' March cost 3,000 + 480 + 500 = 3,980.00 € over the 4 leads and 3 won orders
    // that came through a campaign: 995.00 € and 1,326.666… → 1,326.67 € (whole cents, half up).
    expect(result.totals.values).toEqual({
      leads: 5,
      wonOrders: 3,
      revenue: 170_000,
      costPerLead: 99_500,
      costPerWonOrder: 132_667,
    });
    // Per month: the Newsletter's 420.00 € of April go to L5; Messe Hannover cost nothing in April
    // but won S5 there (its opportunity O1 came from it).
    const monthly = await report(
      `/api/reports/lead-sources?from=2026-03-01&to=2026-04-30&groupBy=campaign,period&grain=month&${measures}`,
    );
    const cells = Object.fromEntries(
      monthly.rows.map((row) => [`${row.keys.campaign?.label}/${row.keys.period?.label}`, row.values]),
    );
    expect(cells['Newsletter/März 2026']).toMatchObject({ leads: 1, costPerLead: 48_000 });
    expect(cells['Newsletter/April 2026']).toMatchObject({
      leads: 1,
      costPerLead: 42_000,
      costPerWonOrder: null,
    });
    expect(cells['Messe Hannover/April 2026']).toMatchObject({
      leads: 0,
      wonOrders: 1,
      revenue: 10_000,
      costPerLead: null,
      costPerWonOrder: 0,
    });
    // By source there is no honest cost: a campaign's cost is not spent on a source.
    const bySource = await report(`/api/reports/lead-sources?${MARCH}&${measures}`);
    expect(bySource.rows.every((row) => row.values.costPerLead === null)).toBe(true);
  });

  it('limits a sales user to their own records and shows them no cost rates', async () => {
    const { sales } = await seed();
    const measures = 'measures=leads,opportunities,wonOrders,revenue,costPerLead';
    const own = await report(`/api/reports/lead-sources?${MARCH}&${measures}`, sales);
    // Own: leads L3 and L6, opportunity O2, won order S3 (20,000; S4 of O2 is cancelled).
    expect(byKey(own, 'source')).toEqual({
      Messe: { leads: 1, opportunities: 1, wonOrders: 1, revenue: 20_000, costPerLead: null },
      Empfehlung: { leads: 1, opportunities: 0, wonOrders: 0, revenue: 0, costPerLead: null },
    });
    const byCampaign = await report(`/api/reports/lead-sources?${MARCH}&groupBy=campaign&${measures}`, sales);
    // Dividing 3,000 € by the one lead they see would be wrong: no cost rates, and no idle campaigns.
    expect(byKey(byCampaign, 'campaign')).toEqual({
      'Messe Hannover': { leads: 1, opportunities: 1, wonOrders: 1, revenue: 20_000, costPerLead: null },
      'Ohne Angabe': { leads: 1, opportunities: 0, wonOrders: 0, revenue: 0, costPerLead: null },
    });
  });

  it('drill-down filters open lists with exactly the counted records', async () => {
    await seed();
    const results = [
      await report(`/api/reports/lead-sources?${MARCH}`),
      await report(`/api/reports/lead-sources?${MARCH}&groupBy=campaign`),
      await report('/api/reports/lead-sources?from=2026-03-01&to=2026-04-30&groupBy=period&grain=month'),
      await report(
        '/api/reports/lead-sources?from=2026-03-01&to=2026-04-30&groupBy=campaign,period&grain=week',
      ),
    ];
    let opened = 0;
    const check = async (values: ReportRow['values'], drill: ReportRow['drill']) => {
      for (const measure of ['leads', 'opportunities', 'wonOrders'] as const) {
        const target = drill[measure] as DrillTarget | null;
        if (!target) continue;
        const items = await drilled<{ netCents?: number }>(target);
        expect(items.length, `${measure}: ${JSON.stringify(target)}`).toBe(values[measure]);
        if (measure === 'wonOrders') {
          expect(drill.revenue).toEqual(target);
          expect(items.reduce((sum, item) => sum + (item.netCents ?? 0), 0)).toBe(values.revenue);
        }
        opened++;
      }
    };
    for (const result of results) {
      for (const row of result.rows) {
        // Leads and opportunities always drill where they have a group; orders only by period.
        if (row.values.leads) expect(row.drill.leads).not.toBeNull();
        await check(row.values, row.drill);
      }
      await check(result.totals.values, result.totals.drill);
    }
    expect(opened).toBeGreaterThan(25);
    // The order list cannot filter by an order's origin: orders by source or campaign have no drill-down.
    expect(results[0]?.rows[0]?.drill.wonOrders).toBeNull();
  });

  it('regroups by every dimension and answers bad views with 400 and missing permissions with 403', async () => {
    await seed();
    for (const groupBy of [
      'source',
      'campaign',
      'period',
      'source,period',
      'campaign,period',
      'period,source',
    ])
      await report(`/api/reports/lead-sources?${MARCH}&groupBy=${groupBy}&grain=week&compare=1&sort=-leads`);
    const cases = [
      '/api/reports/lead-sources?groupBy=stage',
      '/api/reports/lead-sources?groupBy=source,campaign,period',
      '/api/reports/lead-sources?measures=profit',
      '/api/reports/lead-sources?filter[source]=Messe',
      '/api/reports/lead-sources?sort=-costPerLead',
      '/api/reports/lead-sources?from=2026-03-01',
      '/api/reports/lead-sources?groupBy=period&grain=day&from=2016-01-01&to=2026-01-01',
    ];
    await expectBadViews(get, cases);
    // A role that reads leads, opportunities and orders but not campaigns cannot open it.
    const service = await userWithout(env, 'campaigns.read');
    expect((await get('/api/reports/lead-sources', service)).statusCode).toBe(403);
    expect((await get('/api/reports/funnel', service)).statusCode).toBe(200);
    const listed = (await get('/api/reports')).json().items.map((d: { name: string }) => d.name);
    expect(listed.indexOf('lead-sources')).toBe(listed.indexOf('pipeline') + 1);
  });
});
