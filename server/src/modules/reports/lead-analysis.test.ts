import type { DrillTarget, ReportResult } from '@kontor/domain/reports';
import { describe, expect, it } from 'vitest';
import { type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { expectBadViews, reportCalls, userWithout } from './testing.js';

// Hand-made data (all instants UTC; Berlin is UTC+1 until 29 March, then UTC+2). The right answers
// below are worked out by hand; day spans are hours ÷ 24.
const MARCH = 'from=2026-03-01&to=2026-03-31';

describe('report leads (R4)', () => {
  const env = freshAdminAppPerTest();
  const { get, report, drilled } = reportCalls(env);
  const byKey = (result: ReportResult, key: string) =>
    Object.fromEntries(result.rows.map((row) => [row.keys[key]?.label, row.values]));

  async function seed(): Promise<{ sales: BrowserSession }> {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const db = env.database.db;
    const admin = env.admin.userId;
    const row = (at: string) => ({ created_at: at, updated_at: at, created_by: null });
    await db
      .insertInto('teams')
      .values({ id: 'T1', name: 'Vertrieb Nord', ...row('2026-01-01T00:00:00.000Z') })
      .execute();
    await db.insertInto('team_members').values({ team_id: 'T1', user_id: sales.userId }).execute();
    await db
      .insertInto('campaigns')
      .values({
        id: 'C1',
        name: 'Messe Hannover',
        name_key: 'messe hannover',
        channel: 'trade-fair',
        starts_on: null,
        ends_on: null,
        budget_cents: null,
        actual_cost_cents: null,
        currency: 'EUR',
        owner_id: null,
        active: 1,
        description: null,
        ...row('2026-01-01T00:00:00.000Z'),
      })
      .execute();
    const leads: [string, string, string, string, string, string | null, string | null][] = [
      ['L1', admin, '2026-03-02T08:00:00.000Z', 'trade-fair', 'converted', 'C1', '2026-03-06T20:00:00.000Z'],
      ['L2', admin, '2026-03-10T09:00:00.000Z', 'trade-fair', 'open', 'C1', null],
      [
        'L3',
        sales.userId,
        '2026-03-12T12:00:00.000Z',
        'web-form',
        'converted',
        null,
        '2026-03-13T00:00:00.000Z',
      ],
      ['L4', sales.userId, '2026-02-28T23:30:00.000Z', 'web-form', 'open', null, null], // 1 March in Berlin
      ['L5', admin, '2026-03-31T22:30:00.000Z', 'phone', 'open', null, null], // 1 April in Berlin
      ['L6', admin, '2026-02-10T10:00:00.000Z', 'phone', 'open', null, null],
    ];
    for (const [id, owner, at, source, status, campaign, converted] of leads)
      await db
        .insertInto('leads')
        .values({
          id,
          name: `Lead ${id}`,
          name_key: `lead ${id}`.toLowerCase(),
          owner_id: owner,
          source,
          status,
          manual_status: 'open',
          campaign_id: campaign,
          converted_at: converted,
          ...row(at),
        })
        .execute();
    // [id, lead, type, direction, status, occurred, owner, deleted]
    const entries: [string, string, string, string | null, string, string, string | null, boolean][] = [
      ['A1', 'L1', 'note', null, 'done', '2026-03-02T09:00:00.000Z', admin, false],
      ['A2', 'L1', 'call', 'in', 'done', '2026-03-02T10:00:00.000Z', admin, false], // they called: no response
      ['A3', 'L1', 'email', 'out', 'done', '2026-03-03T08:00:00.000Z', admin, false], // first response: 1 day
      ['A4', 'L1', 'call', 'out', 'done', '2026-03-04T08:00:00.000Z', admin, false],
      ['A5', 'L1', 'system', null, 'done', '2026-03-02T08:00:00.000Z', null, false], // Kontor's own entry
      ['A6', 'L1', 'email', 'out', 'done', '2026-03-02T12:00:00.000Z', admin, true], // deleted
      ['A7', 'L2', 'call', 'out', 'open', '2026-03-11T09:00:00.000Z', admin, false], // planned: no response yet
      ['A8', 'L2', 'email', 'out', 'done', '2026-03-10T17:00:00.000Z', admin, false], // 8 hours: 1/3 day
      ['A9', 'L3', 'meeting', null, 'done', '2026-03-14T12:00:00.000Z', sales.userId, false], // 2 days
      ['A10', 'L3', 'email', 'out', 'done', '2026-03-13T12:00:00.000Z', admin, false], // 1 day; hidden from sales
      ['A11', 'L4', 'letter', 'out', 'done', '2026-02-28T20:00:00.000Z', sales.userId, false], // before the lead: 0
      ['A12', 'L5', 'email', 'out', 'done', '2026-04-01T10:00:00.000Z', admin, false],
    ];
    for (const [id, lead, type, direction, status, at, owner, deleted] of entries) {
      await db
        .insertInto('activities')
        .values({
          id,
          type,
          direction,
          note_type_id: null,
          subject: `Eintrag ${id}`,
          subject_key: `eintrag ${id}`.toLowerCase(),
          text_key: `eintrag ${id}`.toLowerCase(),
          body: null,
          occurred_at: at,
          status,
          due_at: null,
          assignee_user_id: null,
          assignee_team_id: null,
          outcome: null,
          done_at: status === 'done' ? at : null,
          done_by: null,
          system_key: type === 'system' ? 'lead.created' : null,
          document_id: null,
          owner_id: owner,
          deleted_at: deleted ? at : null,
          deleted_by: null,
          ...row(at),
        })
        .execute();
      await db
        .insertInto('activity_links')
        .values({
          activity_id: id,
          record_type: 'lead',
          record_id: lead,
          occurred_at: at,
          pinned: 0,
          deleted: Number(deleted),
        })
        .execute();
    }
    return { sales };
  }

  it('shows the status distribution with response and conversion times, activities and e-mails per lead', async () => {
    await seed();
    const result = await report(`/api/reports/leads?${MARCH}`);
    // March (Berlin): L1, L2, L3 and L4 (28 Feb 23:30 UTC is 1 March), not L5 (1 April).
    // First response: L1 1 day (A3; A2 came in, A6 is deleted), L2 1/3 day (A8; A7 is only
    // planned), L3 1 day (A10 before A9's 2), L4 0 (A11 went out before the lead was entered).
    // Conversion: L1 4.5 days, L3 0.5 days. Activities: L1 4 (not the system entry A5 nor the
    // deleted A6), L2 2, L3 2, L4 1. E-mails sent: L1 A3, L2 A8, L3 A10.
    expect(byKey(result, 'status')).toEqual({
      // L1, L3: (1 + 1) / 2; (4.5 + 0.5) / 2; (4 + 2) / 2; (1 + 1) / 2.
      Umgewandelt: {
        count: 2,
        firstResponseDays: 1,
        conversionDays: 2.5,
        activitiesPerLead: 3,
        emailsPerLead: 1,
      },
      // L2, L4: (1/3 + 0) / 2 = 0.1666… → 0.17; none converted; (2 + 1) / 2; (1 + 0) / 2.
      Offen: {
        count: 2,
        firstResponseDays: 0.17,
        conversionDays: null,
        activitiesPerLead: 1.5,
        emailsPerLead: 0.5,
      },
    });
    // All: (1 + 1/3 + 1 + 0) / 4 = 0.5833… → 0.58; 9 / 4 activities; 3 / 4 e-mails.
    expect(result.totals.values).toEqual({
      count: 4,
      firstResponseDays: 0.58,
      conversionDays: 2.5,
      activitiesPerLead: 2.25,
      emailsPerLead: 0.75,
    });
    // Berlin days: L5 of 31 March 22:30 UTC is April's, with its e-mail of 1 April 10:00 UTC: 11.5 hours = 0.479… → 0.48 days.
    const april = await report('/api/reports/leads?from=2026-04-01&to=2026-04-30');
    expect(april.totals.values).toEqual({
      count: 1,
      firstResponseDays: 0.48,
      conversionDays: null,
      activitiesPerLead: 1,
      emailsPerLead: 1,
    });
  });

  it('groups by owner, source, team, campaign and month, and compares with the month before', async () => {
    await seed();
    const byOwner = await report(`/api/reports/leads?${MARCH}&groupBy=owner&compare=1`);
    expect(byKey(byOwner, 'owner')).toEqual({
      // L1, L2: (1 + 1/3) / 2 = 0.666… → 0.67; only L1 converted; (4 + 2) / 2; (1 + 1) / 2.
      'Ada Admin': {
        count: 2,
        firstResponseDays: 0.67,
        conversionDays: 4.5,
        activitiesPerLead: 3,
        emailsPerLead: 1,
      },
      // L3, L4: (1 + 0) / 2; only L3 converted; (2 + 1) / 2; (1 + 0) / 2.
      'Test sales': {
        count: 2,
        firstResponseDays: 0.5,
        conversionDays: 0.5,
        activitiesPerLead: 1.5,
        emailsPerLead: 0.5,
      },
    });
    // February: L6 (Ada Admin), without any entries.
    expect(byOwner.rows.find((row) => row.keys.owner?.label === 'Ada Admin')?.previous).toEqual({
      count: 1,
      firstResponseDays: null,
      conversionDays: null,
      activitiesPerLead: 0,
      emailsPerLead: 0,
    });
    const counts = async (groupBy: string) =>
      Object.fromEntries(
        (await report(`/api/reports/leads?${MARCH}&groupBy=${groupBy}&measures=count`)).rows.map((row) => [
          row.keys[groupBy]?.label,
          row.values.count,
        ]),
      );
    expect(await counts('source')).toEqual({ Messe: 2, Webformular: 2 });
    // The sales user is in Vertrieb Nord; Ada Admin in no team.
    expect(await counts('team')).toEqual({ 'Vertrieb Nord': 2, 'Ohne Angabe': 2 });
    expect(await counts('campaign')).toEqual({ 'Messe Hannover': 2, 'Ohne Angabe': 2 });
    const monthly = await report(
      '/api/reports/leads?from=2026-03-01&to=2026-04-30&groupBy=created&grain=month',
    );
    expect(monthly.rows.map((row) => [row.keys.created?.label, row.values.count])).toEqual([
      ['März 2026', 4],
      ['April 2026', 1],
    ]);
    for (const groupBy of [
      'status',
      'owner',
      'source',
      'team',
      'campaign',
      'created',
      'team,created',
      'status,owner',
    ])
      await report(`/api/reports/leads?${MARCH}&groupBy=${groupBy}&grain=week&compare=1&sort=-count`);
  });

  it('limits a sales user to their own leads and the entries they may see', async () => {
    const { sales } = await seed();
    const own = await report(`/api/reports/leads?${MARCH}&groupBy=owner`, sales);
    // L3 and L4 only; A10 on L3 is Ada Admin's, so L3's first response is the meeting A9 (2 days):
    // (2 + 0) / 2 = 1; activities (1 + 1) / 2 = 1; no e-mail they may see.
    expect(byKey(own, 'owner')).toEqual({
      'Test sales': {
        count: 2,
        firstResponseDays: 1,
        conversionDays: 0.5,
        activitiesPerLead: 1,
        emailsPerLead: 0,
      },
    });
  });

  it('drill-down filters open the lead list with exactly the counted leads', async () => {
    await seed();
    const results = await Promise.all(
      ['status', 'owner', 'source', 'campaign', 'status,owner', 'created'].map((groupBy) =>
        report(`/api/reports/leads?from=2026-03-01&to=2026-04-30&groupBy=${groupBy}&grain=week`),
      ),
    );
    let opened = 0;
    for (const { rows, totals } of results)
      for (const { values, drill } of [...rows, totals]) {
        const target = drill.count as DrillTarget;
        expect(target.record).toBe('lead');
        // Averages and per-lead figures are rates: no list shows them.
        expect(drill.firstResponseDays).toBeNull();
        expect((await drilled(target)).length, JSON.stringify(target)).toBe(values.count);
        opened++;
      }
    expect(opened).toBeGreaterThan(20);
    // The lead list cannot filter by team: team groups have no drill-down.
    const byTeam = await report(`/api/reports/leads?${MARCH}&groupBy=team`);
    expect(byTeam.rows.every((row) => row.drill.count === null)).toBe(true);
  });

  it('answers bad views with 400 problem details and a role without leads.read with 403', async () => {
    const cases = [
      '/api/reports/leads?groupBy=stage',
      '/api/reports/leads?groupBy=owner,owner',
      '/api/reports/leads?measures=revenue',
      '/api/reports/leads?filter[nope]=x',
      '/api/reports/leads?filter[createdAt]=gestern%3F%3F',
      '/api/reports/leads?sort=-revenue',
      '/api/reports/leads?from=2026-02-30&to=2026-03-31',
      '/api/reports/leads?chart=funnel',
    ];
    await expectBadViews(get, cases);
    const service = await userWithout(env, 'leads.read');
    expect((await get('/api/reports/leads', service)).statusCode).toBe(403);
    expect((await get('/api/reports/pipeline', service)).statusCode).toBe(200);
    const listed = (await get('/api/reports')).json().items.map((d: { name: string }) => d.name);
    expect(listed.slice(0, 4)).toEqual(['funnel', 'pipeline', 'lead-sources', 'leads']);
  });
});
