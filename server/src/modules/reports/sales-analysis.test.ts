import type { DrillTarget, ReportResult, ReportRow } from '@kontor/domain/reports';
import { describe, expect, it } from 'vitest';
import { as, type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { expectBadViews, reportCalls, userWithout } from './testing.js';

// Hand-made orders (all instants UTC); the right answers below are worked out by hand.
const AT = '2026-01-01T00:00:00.000Z';
// 28 February 23:30 UTC is 1 March 00:30 in Berlin; 31 March 22:30 UTC is 1 April 00:30.
const BERLIN_1_MARCH = '2026-02-28T23:30:00.000Z';
const BERLIN_1_APRIL = '2026-03-31T22:30:00.000Z';

describe('R8 sales analysis', () => {
  const env = freshAdminAppPerTest();
  const calls = reportCalls(env);
  const { get, drilled } = calls;
  const report = (query: string, session?: BrowserSession) =>
    calls.report(`/api/reports/sales${query}`, session);

  async function seed(): Promise<{ sales: BrowserSession }> {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const db = env.database.db;
    const admin = env.admin.userId;
    const organization = async (name: string): Promise<string> =>
      (
        await env.app.inject({
          method: 'POST',
          url: '/api/organizations',
          headers: as(env.admin),
          payload: { name, ownerId: null },
        })
      ).json().id;
    const [mueller, schmidt] = [await organization('Müller GmbH'), await organization('Schmidt KG')];
    await db
      .insertInto('teams')
      .values({ id: 't-nord', name: 'Nord', created_at: AT, updated_at: AT, created_by: null })
      .execute();
    // Maschinen › Fräsen, and Service; Zubehör is filed under Maschinen itself.
    const category = (id: string, name: string, parent: string | null) => ({
      id,
      name,
      name_key: name.toLowerCase(),
      parent_id: parent,
      created_at: AT,
      updated_at: AT,
      created_by: null,
    });
    await db
      .insertInto('product_categories')
      .values(category('c-masch', 'Maschinen', null))
      .execute();
    await db
      .insertInto('product_categories')
      .values([category('c-fraes', 'Fräsen', 'c-masch'), category('c-serv', 'Service', null)])
      .execute();
    const product = (id: string, name: string, categoryId: string | null) => ({
      id,
      name,
      name_key: name.toLowerCase(),
      type: 'product',
      category_id: categoryId,
      unit: 'Stk',
      tax_rate: 19,
      active: 1,
      currency: 'EUR',
      created_at: AT,
      updated_at: AT,
      created_by: null,
    });
    await db
      .insertInto('products')
      .values([
        product('P1', 'Fräse X', 'c-fraes'),
        product('P2', 'Wartung', 'c-serv'),
        product('P3', 'Zubehör', 'c-masch'),
        product('P4', 'Sonderbau', null),
      ])
      .execute();
    // id, owner, customer, team, booked, status, lines [product, net]; the order's net is the lines' sum.
    const orders: [
      string,
      string,
      string,
      string | null,
      string | null,
      string,
      [string | null, number][],
    ][] = [
      [
        'S1',
        admin,
        mueller,
        't-nord',
        '2026-03-05T10:00:00.000Z',
        'booked',
        [
          ['P1', 100_000],
          ['P2', 20_000],
        ],
      ],
      [
        'S2',
        sales.userId,
        schmidt,
        null,
        '2026-03-20T10:00:00.000Z',
        'completed',
        [
          ['P1', 50_000],
          ['P3', 5_000],
        ],
      ],
      ['S3', admin, schmidt, 't-nord', BERLIN_1_APRIL, 'booked', [['P2', 30_000]]],
      // A free-text line without a product.
      [
        'S4',
        admin,
        mueller,
        null,
        BERLIN_1_MARCH,
        'booked',
        [
          ['P4', 10_000],
          [null, 2_000],
        ],
      ],
      ['S5', sales.userId, mueller, null, '2026-03-10T10:00:00.000Z', 'cancelled', [['P1', 999_000]]],
      ['S6', admin, mueller, null, null, 'draft', [['P1', 777_000]]],
      ['S7', admin, schmidt, null, '2026-02-10T10:00:00.000Z', 'booked', [['P1', 40_000]]],
      ['S8', sales.userId, mueller, null, '2026-02-15T10:00:00.000Z', 'completed', [['P2', 8_000]]],
    ];
    for (const [id, owner, customer, team, booked, status, lines] of orders) {
      await db
        .insertInto('sales_orders')
        .values({
          id,
          number: id,
          owner_id: owner,
          organization_id: customer,
          team_id: team,
          booked_at: booked,
          status,
          net_cents: lines.reduce((sum, [, net]) => sum + net, 0),
          created_at: AT,
          updated_at: AT,
          created_by: null,
        })
        .execute();
      await db
        .insertInto('sales_order_lines')
        .values(
          lines.map(([productId, net], index) => ({
            id: `${id}-${index + 1}`,
            order_id: id,
            position: index + 1,
            product_id: productId,
            description: productId ?? 'Frei',
            quantity_milli: 1000,
            unit: 'Stk',
            unit_price_cents: net,
            discount_basis_points: 0,
            tax_rate: 19,
            net_cents: net,
          })),
        )
        .execute();
    }
    return { sales };
  }

  const MARCH = 'from=2026-03-01&to=2026-03-31';
  const rowsBy = (result: ReportResult, dimension: string) =>
    result.rows.map((row) => [row.keys[dimension]?.label, row.values]);

  it('sums the won orders of a Berlin month by salesperson and compares with the month before', async () => {
    await seed();
    const result = await report(`?${MARCH}&groupBy=owner&compare=1&sort=-revenue`);
    // March in Berlin: S1 (120,000), S2 (55,000) and S4 (12,000, booked 28 Feb 23:30 UTC);
    // not S3 (1 April in Berlin), S5 (cancelled) or S6 (a draft).
    expect(rowsBy(result, 'owner')).toEqual([
      // S1 + S4 = 132,000 in 2 orders, 66,000 each on average.
      ['Ada Admin', { revenue: 132_000, count: 2, average: 66_000 }],
      ['Test sales', { revenue: 55_000, count: 1, average: 55_000 }],
    ]);
    // 187,000 ÷ 3 = 62,333.33 → 62,333 cents.
    expect(result.totals.values).toEqual({ revenue: 187_000, count: 3, average: 62_333 });
    expect(result.previousPeriod).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    // February: S7 (admin, 40,000) and S8 (sales, 8,000).
    expect(result.rows.map((row) => row.previous)).toEqual([
      { revenue: 40_000, count: 1, average: 40_000 },
      { revenue: 8_000, count: 1, average: 8_000 },
    ]);
    expect(result.totals.previous).toEqual({ revenue: 48_000, count: 2, average: 24_000 });
  });

  it('compares month by month with the months right before', async () => {
    await seed();
    const result = await report('?from=2026-03-01&to=2026-04-30&groupBy=period&grain=month&compare=1');
    expect(result.previousPeriod).toEqual({ from: '2026-01-01', to: '2026-02-28' });
    expect(result.rows.map((row) => [row.keys.period?.label, row.values, row.previous])).toEqual([
      // March against January, which had no orders.
      [
        'März 2026',
        { revenue: 187_000, count: 3, average: 62_333 },
        { revenue: null, count: 0, average: null },
      ],
      // April (S3, booked 1 April 00:30 in Berlin) against February (S7 + S8 = 48,000).
      [
        'April 2026',
        { revenue: 30_000, count: 1, average: 30_000 },
        { revenue: 48_000, count: 2, average: 24_000 },
      ],
    ]);
  });

  it('splits revenue by product and category from the lines, adding up to the orders', async () => {
    await seed();
    const byProduct = await report(`?${MARCH}&groupBy=product&sort=-revenue`);
    expect(rowsBy(byProduct, 'product')).toEqual([
      // S1's 100,000 + S2's 50,000, in two orders.
      ['Fräse X', { revenue: 150_000, count: 2, average: 75_000 }],
      ['Wartung', { revenue: 20_000, count: 1, average: 20_000 }],
      ['Sonderbau', { revenue: 10_000, count: 1, average: 10_000 }],
      ['Zubehör', { revenue: 5_000, count: 1, average: 5_000 }],
      // S4's free-text line.
      ['Ohne Angabe', { revenue: 2_000, count: 1, average: 2_000 }],
    ]);
    // 150,000 + 20,000 + 10,000 + 5,000 + 2,000 = 187,000: the orders' net. Counted per product,
    // S1, S2 and S4 are in two rows each, the totals count them once.
    expect(byProduct.totals.values).toEqual({ revenue: 187_000, count: 3, average: 62_333 });
    const byCategory = await report(`?${MARCH}&groupBy=category&sort=-revenue`);
    expect(rowsBy(byCategory, 'category')).toEqual([
      ['Maschinen › Fräsen', { revenue: 150_000, count: 2, average: 75_000 }],
      ['Service', { revenue: 20_000, count: 1, average: 20_000 }],
      // Sonderbau (no category) and the free-text line, both S4's.
      ['Ohne Angabe', { revenue: 12_000, count: 1, average: 12_000 }],
      // Only Zubehör, filed under Maschinen itself: the subcategory Fräsen is its own row.
      ['Maschinen', { revenue: 5_000, count: 1, average: 5_000 }],
    ]);
    expect(byCategory.totals.values.revenue).toBe(187_000);
    expect(byCategory.rows.every((row) => row.drill.revenue === null && row.drill.count === null)).toBe(true);
    const byCustomer = await report(`?${MARCH}&groupBy=customer,product&sort=-revenue`);
    expect(
      byCustomer.rows.map(
        (row) => `${row.keys.customer?.label}/${row.keys.product?.label}=${row.values.revenue}`,
      ),
    ).toEqual([
      'Müller GmbH/Fräse X=100000',
      'Schmidt KG/Fräse X=50000',
      'Müller GmbH/Wartung=20000',
      'Müller GmbH/Sonderbau=10000',
      'Schmidt KG/Zubehör=5000',
      'Müller GmbH/Ohne Angabe=2000',
    ]);
  });

  it('limits a sales user to their own orders', async () => {
    const { sales } = await seed();
    const own = await report(`?${MARCH}&groupBy=customer&compare=1`, sales);
    // Only S2 (S5 is cancelled); before, S8.
    expect(rowsBy(own, 'customer')).toEqual([['Schmidt KG', { revenue: 55_000, count: 1, average: 55_000 }]]);
    expect(own.totals.previous).toEqual({ revenue: 8_000, count: 1, average: 8_000 });
    const products = await report(`?${MARCH}&groupBy=product`, sales);
    expect(products.totals.values.revenue).toBe(55_000);
  });

  it('answers every dimension, and every drill-down opens the order list with exactly the counted orders', async () => {
    await seed();
    const definition = (await get('/api/reports/sales/definition')).json();
    const rows: ReportRow[] = [];
    for (const { key } of definition.dimensions as { key: string }[]) {
      const result = await report(`?groupBy=${key}&from=2026-02-01&to=2026-04-30`);
      expect(result.rows.length, key).toBeGreaterThan(0);
      rows.push(...result.rows, { keys: {}, ...result.totals });
    }
    rows.push(...(await report(`?${MARCH}&groupBy=owner,customer`)).rows);
    rows.push(...(await report(`?${MARCH}&groupBy=period&grain=week&filter[ownerName]=Ada`)).rows);
    let checked = 0;
    for (const row of rows)
      for (const [measure, value] of Object.entries(row.values)) {
        const drill = row.drill[measure] as DrillTarget | null;
        if (measure === 'average' || row.keys.product || row.keys.category || row.keys.team) {
          expect(drill, measure).toBeNull();
          continue;
        }
        expect(drill?.record).toBe('order');
        const query = JSON.stringify(drill?.filter);
        const items = (await drilled(drill as DrillTarget)) as unknown as { netCents: number }[];
        const figure =
          measure === 'revenue' ? items.reduce((sum, item) => sum + item.netCents, 0) : items.length;
        expect(figure, `${measure} ${query}`).toBe(value);
        checked++;
      }
    expect(checked).toBeGreaterThan(20);
  });

  it('answers bad views with 400 problem details, and needs orders.read (and products.read by product)', async () => {
    const cases = [
      '?groupBy=colour',
      '?measures=profit',
      '?groupBy=product,product',
      '?groupBy=owner,customer,product',
      '?sort=-nothing',
      '?filter[nope]=x',
      '?filter[net]=viel',
      '?from=2026-03-01',
      '?chart=funnel',
      '?groupBy=period&grain=day&from=2016-01-01&to=2026-01-01',
    ];
    await expectBadViews(
      get,
      cases.map((query) => `/api/reports/sales${query}`),
    );
    const service = await userWithout(env, 'orders.read');
    expect((await get('/api/reports/sales', service)).statusCode).toBe(403);
    const reader = await userWithout(env, 'products.read', 'read-only');
    expect((await get('/api/reports/sales?groupBy=owner', reader)).statusCode).toBe(200);
    const byProduct = await get('/api/reports/sales?groupBy=owner,product', reader);
    expect(byProduct.statusCode).toBe(403);
    expect(byProduct.json().detail).toBe(
      'Nach Produkten oder Produktkategorien aufteilen darf nur, wer Produkte sehen darf.',
    );
  });
});
