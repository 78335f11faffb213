import type { Dashboard } from '@kontor/domain/dashboard';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { as, type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';

// Hand-made data (all instants UTC); the right answers below are worked out by hand.
// "Now" is 1 April 2026, 00:30 in Berlin (summer time, UTC+2) — 31 March 22:30 UTC — so the
// month and the day have just turned in Berlin but not in UTC.
const NOW = '2026-03-31T22:30:00.000Z';
const STAGE = (n: number) => `00000000-0000-7000-8001-${String(n).padStart(12, '0')}`;
const NEU = STAGE(1); // 10 %
const ANGEBOT = STAGE(4); // 60 %
const TEAM = 'team-vertrieb-nord';

describe('home dashboard', () => {
  const env = freshAdminAppPerTest();
  afterEach(() => {
    vi.useRealTimers();
  });

  const dashboard = async (session: BrowserSession = env.admin): Promise<Dashboard> => {
    const response = await env.app.inject({ method: 'GET', url: '/api/dashboard', headers: as(session) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const listCount = async (url: string, filter: Record<string, string>, session = env.admin) => {
    const query = new URLSearchParams(
      Object.entries(filter).map(([key, text]): [string, string] => [`filter[${key}]`, text]),
    );
    const response = await env.app.inject({ method: 'GET', url: `${url}?${query}`, headers: as(session) });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { items: unknown[] }).items.length;
  };

  async function seed(): Promise<{ sales: BrowserSession }> {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const db = env.database.db;
    const admin = env.admin.userId;
    const row = (at: string) => ({ created_at: at, updated_at: at, created_by: null });
    // The administrator is in a team; the sales user is not.
    await db
      .insertInto('teams')
      .values({ id: TEAM, name: 'Vertrieb Nord', ...row(NOW) })
      .execute();
    await db.insertInto('team_members').values({ team_id: TEAM, user_id: admin }).execute();

    const orders: [string, string | null, string | null, number, string][] = [
      ['S1', admin, '2026-03-31T21:59:59.000Z', 100_000, 'booked'], // 31 March 23:59 Berlin: March
      ['S2', admin, '2026-03-31T22:00:00.000Z', 40_000, 'completed'], // 1 April 00:00 Berlin: April
      ['S3', sales.userId, '2026-03-31T22:15:00.000Z', 20_000, 'booked'], // April
      ['S4', admin, '2026-02-28T22:59:00.000Z', 999_000, 'booked'], // 28 February 23:59 Berlin
      ['S5', admin, '2026-02-28T23:00:00.000Z', 60_000, 'booked'], // 1 March 00:00 Berlin (winter time)
      ['S6', admin, '2026-03-31T23:00:00.000Z', 7_000, 'cancelled'], // April, but cancelled
      ['S7', admin, null, 3_000, 'draft'],
      ['S8', null, '2026-03-15T10:00:00.000Z', 5_000, 'booked'], // no owner: everyone's, March
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

    const opportunities: [string, string | null, string, number, number | null, string][] = [
      ['O1', admin, ANGEBOT, 100_000, null, 'open'], // 60 % → 60,000
      ['O2', admin, NEU, 33_333, null, 'replied'], // 10 % → 3,333.3 → 3,333
      ['O3', admin, ANGEBOT, 50_050, 33, 'quotation'], // own 33 % → 16,516.5 → 16,517 (half up)
      ['O4', admin, ANGEBOT, 200_000, null, 'lost'], // not open
      ['O5', sales.userId, NEU, 80_000, null, 'open'], // 10 % → 8,000
      ['O6', null, NEU, 70_000, null, 'open'], // nobody's
    ];
    for (const [id, owner, stage, cents, probability, status] of opportunities)
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
          // 'quotation' is derived from the quotations (S5); set by hand an opportunity is open.
          manual_status: status === 'quotation' ? 'open' : status,
          expected_close_date: '2026-05-31',
          status_changed_at: NOW,
          ...row('2026-03-01T10:00:00.000Z'),
        })
        .execute();

    // Follow-ups: [id, assigned user, assigned team, due, status, deleted]
    const entries: [string, string | null, string | null, string, string, boolean][] = [
      ['A1', admin, null, '2026-03-31T21:59:00.000Z', 'open', false], // 31 March 23:59 Berlin: overdue
      ['A2', admin, null, '2026-03-31T22:00:00.000Z', 'open', false], // 1 April 00:00: today
      ['A3', admin, null, '2026-04-01T21:59:00.000Z', 'open', false], // 1 April 23:59: today
      ['A4', admin, null, '2026-04-01T22:00:00.000Z', 'open', false], // 2 April: upcoming
      ['A5', admin, null, '2026-03-20T10:00:00.000Z', 'done', false], // done
      ['A6', admin, null, '2026-03-20T10:00:00.000Z', 'open', true], // deleted
      ['A7', sales.userId, null, '2026-04-01T08:00:00.000Z', 'open', false], // a colleague's, today
      ['A8', null, TEAM, '2026-03-02T08:00:00.000Z', 'open', false], // the admin's team: overdue
    ];
    for (const [id, user, team, due, status, deleted] of entries)
      await db
        .insertInto('activities')
        .values({
          id,
          type: 'task',
          subject: `Aufgabe ${id}`,
          subject_key: `aufgabe ${id}`.toLowerCase(),
          text_key: `aufgabe ${id}`.toLowerCase(),
          occurred_at: due,
          status,
          due_at: due,
          assignee_user_id: user,
          assignee_team_id: team,
          owner_id: admin,
          deleted_at: deleted ? NOW : null,
          ...row('2026-03-01T10:00:00.000Z'),
        })
        .execute();
    return { sales };
  }

  const atNow = () => vi.useFakeTimers({ toFake: ['Date'], now: new Date(NOW) });

  it('counts follow-ups, open opportunities and won revenue by Berlin days and months', async () => {
    await seed();
    atNow();
    expect(await dashboard()).toEqual({
      followUps: { overdue: 2, today: 2 },
      openOpportunities: {
        count: 3,
        amountCents: 183_383,
        weightedCents: 79_850,
        list: {
          record: 'opportunity',
          filter: { ownerName: '="Ada Admin"', status: '="Offen" | ="Beantwortet" | ="Angebot"' },
        },
      },
      wonRevenue: {
        // April: S2 + S3; March: S1 + S5 + S8. (60,000 − 165,000) / 165,000 = −63.6 %.
        thisMonth: {
          cents: 60_000,
          from: '2026-04-01',
          to: '2026-04-30',
          list: {
            record: 'order',
            filter: { status: '="Gebucht" | ="Abgeschlossen"', bookedAt: '>=1.4.2026 & <1.5.2026' },
          },
        },
        lastMonth: {
          cents: 165_000,
          from: '2026-03-01',
          to: '2026-03-31',
          list: {
            record: 'order',
            filter: { status: '="Gebucht" | ="Abgeschlossen"', bookedAt: '>=1.3.2026 & <1.4.2026' },
          },
        },
        changePercent: -63.6,
      },
    });
  });

  it("links each figure to a list holding exactly the records it counts, in the user's language", async () => {
    await seed();
    atNow();
    const figures = await dashboard();
    expect(await listCount('/api/opportunities', figures.openOpportunities?.list.filter ?? {})).toBe(3);
    expect(await listCount('/api/orders', figures.wonRevenue?.thisMonth.list.filter ?? {})).toBe(2);
    expect(await listCount('/api/orders', figures.wonRevenue?.lastMonth.list.filter ?? {})).toBe(3);

    await env.database.db
      .updateTable('users')
      .set({ language: 'en' })
      .where('id', '=', env.admin.userId)
      .execute();
    const english = await dashboard();
    expect(english.wonRevenue?.thisMonth.list.filter).toEqual({
      status: '="Booked" | ="Completed"',
      bookedAt: '>=2026-04-01 & <2026-05-01',
    });
    expect(await listCount('/api/orders', english.wonRevenue?.thisMonth.list.filter ?? {})).toBe(2);
  });

  it('shows a sales user only their own figures, not a colleague’s', async () => {
    const { sales } = await seed();
    atNow();
    const own = await dashboard(sales);
    expect(own.followUps).toEqual({ overdue: 0, today: 1 });
    expect(own.openOpportunities).toMatchObject({ count: 1, amountCents: 80_000, weightedCents: 8_000 });
    // Their own April order and the ownerless March one; the administrator's stay hidden.
    expect(own.wonRevenue).toMatchObject({
      thisMonth: { cents: 20_000 },
      lastMonth: { cents: 5_000 },
      changePercent: 300,
    });
  });

  it('leaves out the parts a user may not see', async () => {
    await seed();
    const service = await userWithRole(env.app, env.admin, 'service');
    const grant = (permissions: string[]) =>
      env.database.db
        .updateTable('roles')
        .set({ permissions: JSON.stringify(permissions) })
        .where('key', '=', 'service')
        .execute();
    atNow();
    await grant(['users.read', 'activities.read']);
    expect(Object.keys(await dashboard(service))).toEqual(['followUps']);
    await grant(['users.read', 'orders.read']);
    const orders = await dashboard(service);
    expect(Object.keys(orders)).toEqual(['wonRevenue']);
    // The service role sees all orders.
    expect(orders.wonRevenue?.thisMonth.cents).toBe(60_000);
    await grant(['users.read', 'opportunities.read']);
    expect(await dashboard(service)).toEqual({
      openOpportunities: expect.objectContaining({ count: 0, amountCents: 0, weightedCents: 0 }),
    });
    await grant([]);
    expect(await dashboard(service)).toEqual({});
  });

  it('answers 401 without a login', async () => {
    const response = await env.app.inject({ method: 'GET', url: '/api/dashboard' });
    expect(response.statusCode).toBe(401);
  });
});
