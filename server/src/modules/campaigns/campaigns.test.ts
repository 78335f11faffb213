import { CAMPAIGN } from '@kontor/domain/campaigns';
import { describe, expect, it } from 'vitest';
import { as, type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { CAMPAIGN_COLUMNS } from './columns.js';

describe('campaigns', () => {
  const env = freshAdminAppPerTest();

  const create = (payload: object, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'POST', url: '/api/campaigns', headers: as(session), payload });
  const patch = (id: string, payload: object, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'PATCH', url: `/api/campaigns/${id}`, headers: as(session), payload });
  const list = (query: string, session: BrowserSession = env.admin) =>
    env.app.inject({ url: `/api/campaigns?${query}`, headers: as(session) });
  const names = async (query: string) =>
    (await list(query)).json().items.map((c: { name: string }) => c.name);

  it('declares a SQL column for every field of the record type', () => {
    expect(Object.keys(CAMPAIGN_COLUMNS).sort()).toEqual(CAMPAIGN.fields.map((f) => f.key).sort());
  });

  it('creates a campaign with the caller as owner and shows it in detail', async () => {
    const response = await create({
      name: 'Hannover Messe 2027',
      channel: 'trade-fair',
      startsOn: '2027-04-12',
      endsOn: '2027-04-16',
      budgetCents: 25_000_00,
      actualCostCents: 0,
      description: 'Stand in Halle 9',
    });
    expect(response.statusCode).toBe(201);
    const campaign = response.json();
    expect(campaign).toMatchObject({
      name: 'Hannover Messe 2027',
      channel: 'trade-fair',
      startsOn: '2027-04-12',
      endsOn: '2027-04-16',
      budgetCents: 25_000_00,
      actualCostCents: 0,
      currency: 'EUR',
      ownerId: env.admin.userId,
      ownerName: 'Ada Admin',
      active: true,
      version: 1,
    });
    const detail = await env.app.inject({ url: `/api/campaigns/${campaign.id}`, headers: as(env.admin) });
    expect(detail.json()).toEqual(campaign);
  });

  it('refuses an end before the start, bad dates and channels, and creates nothing', async () => {
    const backwards = await create({
      name: 'X',
      channel: 'ad',
      startsOn: '2027-05-02',
      endsOn: '2027-05-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].path).toBe('endsOn');
    const bad = await create({ name: 'X', channel: 'radio', startsOn: '2027-02-30', endsOn: '1.5.2027' });
    expect(bad.statusCode).toBe(400);
    expect((bad.json().errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      'channel',
      'endsOn',
      'startsOn',
    ]);
    const owner = await create({ name: 'X', channel: 'ad', ownerId: 'missing' });
    expect(owner.statusCode).toBe(400);
    expect(owner.json().errors[0].path).toBe('ownerId');
    expect((await create({ name: 'X', channel: 'ad', budgetCents: 1.5 })).statusCode).toBe(400);
    expect((await list('')).json().items).toEqual([]);
    // One day is a valid period.
    expect(
      (await create({ name: 'Tag', channel: 'phone', startsOn: '2027-01-01', endsOn: '2027-01-01' }))
        .statusCode,
    ).toBe(201);
  });

  it('checks the period against the stored dates, records changes and refuses stale versions', async () => {
    const campaign = (
      await create({
        name: 'Mailing Frühjahr',
        channel: 'mailing',
        startsOn: '2027-03-01',
        endsOn: '2027-03-31',
      })
    ).json();
    const early = await patch(campaign.id, { version: 1, endsOn: '2027-02-28' });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].path).toBe('endsOn');
    const late = await patch(campaign.id, { version: 1, startsOn: '2027-04-01' });
    expect(late.statusCode).toBe(400);
    expect(late.json().errors[0].path).toBe('startsOn');
    const changed = await patch(campaign.id, { version: 1, actualCostCents: 1_234_56, active: false });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ actualCostCents: 1_234_56, active: false, version: 2 });
    const stale = await patch(campaign.id, { version: 1, name: 'Überschrieben' });
    expect(stale.statusCode).toBe(409);
    const history = (
      await env.app.inject({ url: `/api/campaigns/${campaign.id}/history`, headers: as(env.admin) })
    ).json().items;
    expect(history.map((h: { field: string }) => h.field).sort()).toEqual(['active', 'actualCostCents']);
  });

  it('lists with filters, sort and a stable keyset cursor', async () => {
    for (const [name, channel, startsOn] of [
      ['Delta', 'web', '2027-01-10'],
      ['alpha', 'ad', '2027-03-01'],
      ['Charlie', 'web', '2027-02-01'],
      ['Bravo', 'phone', null],
      ['Ärger', 'mailing', '2026-12-01'],
    ] as const)
      expect((await create({ name, channel, startsOn })).statusCode).toBe(201);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { name: string }[]; nextCursor: string | null } = (
        await list(`limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((c) => c.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Ärger', 'alpha', 'Bravo', 'Charlie', 'Delta']);
    expect(await names('sort=-name&limit=2')).toEqual(['Delta', 'Charlie']);
    expect(await names('filter[channel]=Web')).toEqual(['Charlie', 'Delta']);
    expect(await names('sort=startsOn&filter[startsOn]=>=1.1.2027')).toEqual(['Delta', 'Charlie', 'alpha']);
    expect((await list('sort=password')).statusCode).toBe(400);
  });

  it('exports the filtered list as CSV', async () => {
    await create({ name: 'Anzeige Fachblatt', channel: 'ad', budgetCents: 123456 });
    await create({ name: 'Website', channel: 'web' });
    const response = await env.app.inject({
      url: '/api/campaigns/export?cols=name,channel,budget&filter[channel]=Anzeige',
      headers: as(env.admin),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toEqual(['Name;Kanal;Budget', 'Anzeige Fachblatt;Anzeige;1234,56']);
  });

  it('deletes one and many; read-only and sales users may read but not write', async () => {
    const a = (await create({ name: 'A', channel: 'web' })).json();
    const b = (await create({ name: 'B', channel: 'web' })).json();
    const reader = await userWithRole(env.app, env.admin, 'read-only');
    const sales = await userWithRole(env.app, env.admin, 'sales');
    expect((await list('', reader)).json().items).toHaveLength(2);
    expect((await list('', sales)).json().items).toHaveLength(2);
    expect((await create({ name: 'Verboten', channel: 'web' }, reader)).statusCode).toBe(403);
    expect((await create({ name: 'Verboten', channel: 'web' }, sales)).statusCode).toBe(403);
    expect((await patch(a.id, { version: 1, name: 'Verboten' }, sales)).statusCode).toBe(403);
    const bulk = (payload: object, session: BrowserSession = env.admin) =>
      env.app.inject({ method: 'POST', url: '/api/campaigns/bulk', headers: as(session), payload });
    expect((await bulk({ action: 'delete', ids: [a.id] }, reader)).statusCode).toBe(403);
    expect((await bulk({ action: 'delete', ids: [a.id, 'missing'] })).statusCode).toBe(404);
    expect((await bulk({ action: 'delete', ids: [a.id] })).json()).toEqual({ affected: 1 });
    const removed = await env.app.inject({
      method: 'DELETE',
      url: `/api/campaigns/${b.id}`,
      headers: as(env.admin),
    });
    expect(removed.statusCode).toBe(204);
    expect((await list('')).json().items).toEqual([]);
  });
});
