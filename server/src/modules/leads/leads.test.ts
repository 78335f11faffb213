import { LEAD } from '@kontor/domain/leads';
import { describe, expect, it } from 'vitest';
import { as, type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import { LEAD_COLUMNS } from './columns.js';

describe('leads', () => {
  const env = freshAdminAppPerTest();

  const post = (url: string, payload: object, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'POST', url, headers: as(session), payload });
  const create = (payload: object, session: BrowserSession = env.admin) =>
    post('/api/leads', payload, session);
  const patch = (id: string, payload: object, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'PATCH', url: `/api/leads/${id}`, headers: as(session), payload });
  const get = (url: string, session: BrowserSession = env.admin) =>
    env.app.inject({ url, headers: as(session) });
  const names = async (query: string, session: BrowserSession = env.admin) =>
    (await get(`/api/leads?${query}`, session)).json().items.map((l: { name: string }) => l.name);

  /** An opportunity for the lead, written as the opportunities module would (not this module's). */
  async function opportunityFor(leadId: string) {
    const db = env.database.db;
    const stage = await db
      .selectFrom('pipeline_stages')
      .select('id')
      .orderBy('position')
      .executeTakeFirstOrThrow();
    const now = nowIso();
    const id = newId();
    await db
      .insertInto('opportunities')
      .values({
        id,
        name: 'Chance',
        name_key: 'chance',
        lead_id: leadId,
        stage_id: stage.id,
        expected_revenue_cents: 0,
        probability: null,
        status_changed_at: now,
        created_at: now,
        updated_at: now,
        created_by: null,
      })
      .execute();
    return id;
  }

  it('declares a SQL column for every field of the record type', () => {
    expect(Object.keys(LEAD_COLUMNS).sort()).toEqual(LEAD.fields.map((f) => f.key).sort());
  });

  it('creates a lead with campaign and owner names, status Open, and shows it in detail', async () => {
    const campaign = (await post('/api/campaigns', { name: 'Frühjahrsmesse', channel: 'trade-fair' })).json();
    const response = await create({
      companyName: 'Bäckerei Groß GmbH',
      salutation: 'frau',
      firstName: 'Jana',
      lastName: 'Groß',
      position: 'Inhaberin',
      email: 'jana@baeckerei-gross.de',
      phone: '0221 123456',
      city: 'Köln',
      source: 'trade-fair',
      campaignId: campaign.id,
      abcClass: 'B',
      nextFollowUpOn: '2026-12-10',
    });
    expect(response.statusCode).toBe(201);
    const lead = response.json();
    expect(lead).toMatchObject({
      name: 'Jana Groß (Bäckerei Groß GmbH)',
      status: 'open',
      manualStatus: 'open',
      campaignName: 'Frühjahrsmesse',
      ownerName: 'Ada Admin',
      source: 'trade-fair',
      nextFollowUpOn: '2026-12-10',
      convertedAt: null,
      version: 1,
    });
    expect(lead.allowedStatuses).toEqual({
      open: { ok: true },
      replied: { ok: true },
      interested: { ok: true },
      'do-not-contact': { ok: true },
    });
    expect((await get(`/api/leads/${lead.id}`)).json()).toEqual(lead);
    const row = await env.database.db
      .selectFrom('leads')
      .select(['name_key', 'company_key', 'city_key', 'email_key'])
      .where('id', '=', lead.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      name_key: 'gross jana baeckerei gross gmbh',
      company_key: 'baeckerei gross gmbh',
      city_key: 'koeln',
      email_key: 'jana@baeckerei-gross.de',
    });
  });

  it('refuses bad input with the field and creates nothing', async () => {
    const nameless = await create({ firstName: 'Nur' });
    expect(nameless.statusCode).toBe(400);
    expect(nameless.json().errors[0].path).toBe('lastName');
    const wrong = await create({
      lastName: 'X',
      email: 'kein-at',
      source: 'fax',
      nextFollowUpOn: '2026-02-30',
    });
    expect(wrong.statusCode).toBe(400);
    expect((wrong.json().errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      'email',
      'nextFollowUpOn',
      'source',
    ]);
    const campaign = await create({ lastName: 'X', campaignId: 'nope' });
    expect(campaign.statusCode).toBe(400);
    expect(campaign.json().errors[0].path).toBe('campaignId');
    const owner = await create({ lastName: 'X', ownerId: 'nope' });
    expect(owner.statusCode).toBe(400);
    expect(owner.json().errors[0].path).toBe('ownerId');
    const oversized = await create({ lastName: 'x'.repeat(101) });
    expect(oversized.statusCode).toBe(400);
    expect((await get('/api/leads')).json().items).toEqual([]);
  });

  it('changes a lead with history, keeps name and keys in step, and answers stale versions with 409', async () => {
    const lead = (await create({ lastName: 'Meier', city: 'Berlin' })).json();
    const changed = await patch(lead.id, { version: 1, firstName: 'Eva', city: 'München' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Eva Meier', city: 'München', version: 2 });
    expect(await names('filter[city]=munchen')).toEqual([]);
    expect(await names('filter[city]=münchen')).toEqual(['Eva Meier']);
    expect((await patch(lead.id, { version: 1, city: 'Hamburg' })).statusCode).toBe(409);
    const cleared = await patch(lead.id, { version: 2, lastName: null });
    expect(cleared.statusCode).toBe(400);
    const history = (await get(`/api/leads/${lead.id}/history`)).json().items;
    expect(history.map((h: { field: string }) => h.field).sort()).toEqual(['city', 'firstName']);
  });

  it('lists with filters, sort and keyset pages, and exports CSV', async () => {
    for (const [lastName, city, source] of [
      ['Adler', 'Köln', 'phone'],
      ['Bauer', 'Bonn', 'ad'],
      ['Cramer', 'Köln', 'referral'],
    ])
      await create({ lastName, city, source });
    expect(await names('filter[city]=Köln&sort=name')).toEqual(['Adler', 'Cramer']);
    expect(await names('filter[source]=ad')).toEqual(['Bauer']);
    expect(await names('filter[status]=open&sort=-name')).toEqual(['Cramer', 'Bauer', 'Adler']);
    const first = (await get('/api/leads?sort=name&limit=2')).json();
    expect(first.items.map((l: { name: string }) => l.name)).toEqual(['Adler', 'Bauer']);
    const second = (await get(`/api/leads?sort=name&limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items.map((l: { name: string }) => l.name)).toEqual(['Cramer']);
    expect((await get('/api/leads?filter[nope]=x')).statusCode).toBe(400);
    const csv = await get('/api/leads/export?format=csv&cols=name,city&sort=name');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Adler');
    expect(csv.body.indexOf('Adler')).toBeLessThan(csv.body.indexOf('Cramer'));
  });

  it('shows sales staff only their own leads, everywhere', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const other = await userWithRole(env.app, env.admin, 'sales', 'other@example.de');
    const mine = (await create({ lastName: 'Meins' }, sales)).json();
    const theirs = (await create({ lastName: 'Fremd' }, other)).json();
    expect(await names('', sales)).toEqual(['Meins']);
    expect((await get(`/api/leads/${theirs.id}`, sales)).statusCode).toBe(404);
    expect((await patch(theirs.id, { version: 1, city: 'X' }, sales)).statusCode).toBe(404);
    expect((await get(`/api/leads/${theirs.id}/history`, sales)).statusCode).toBe(404);
    const remove = await env.app.inject({
      method: 'DELETE',
      url: `/api/leads/${theirs.id}`,
      headers: as(sales),
    });
    expect(remove.statusCode).toBe(404);
    expect((await get(`/api/leads/${mine.id}`, sales)).statusCode).toBe(200);
    const readOnly = await userWithRole(env.app, env.admin, 'read-only');
    expect((await create({ lastName: 'Nein' }, readOnly)).statusCode).toBe(403);
    const found = (await get('/api/search?q=Fremd', sales)).json();
    expect(found.groups).toEqual([]);
    const admin = (await get('/api/search?q=Fremd')).json();
    expect(admin.groups[0]).toMatchObject({ type: 'lead', items: [{ id: theirs.id }] });
  });

  it('sets a by-hand status and refuses Open once the lead has an opportunity', async () => {
    const lead = (await create({ lastName: 'Status' })).json();
    const set = (status: string, version: number) =>
      post(`/api/leads/${lead.id}/status`, { status, version });
    const replied = await set('replied', 1);
    expect(replied.statusCode).toBe(200);
    expect(replied.json()).toMatchObject({ status: 'replied', manualStatus: 'replied', version: 2 });
    expect((await set('interested', 1)).statusCode).toBe(409);
    expect((await set('converted', 2)).statusCode).toBe(400);
    await opportunityFor(lead.id);
    const reopened = await set('open', 2);
    expect(reopened.statusCode).toBe(409);
    expect(reopened.json().detail).toBe(
      'Der Lead hat bereits eine Chance und kann nicht wieder auf Offen gesetzt werden.',
    );
    const interested = await set('interested', 2);
    expect(interested.statusCode).toBe(409);
    expect(interested.json().detail).toContain('ergibt sich aus den Chancen');
    const detail = (await get(`/api/leads/${lead.id}`)).json();
    expect(detail.allowedStatuses.open).toEqual({ ok: false, reason: 'lead-has-opportunity' });
    const timeline = (await get(`/api/records/lead/${lead.id}/timeline`)).json();
    const subjects = JSON.stringify(timeline);
    expect(subjects).toContain('Lead Status: Status Offen → Beantwortet');
  });

  it('deletes and bulk-deletes in one transaction, refusing leads with opportunities', async () => {
    const a = (await create({ lastName: 'A' })).json();
    const b = (await create({ lastName: 'B' })).json();
    const c = (await create({ lastName: 'C' })).json();
    await opportunityFor(c.id);
    const refused = await post('/api/leads/bulk', { action: 'delete', ids: [a.id, c.id] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('Chancen oder Angebote');
    expect(await names('sort=name')).toEqual(['A', 'B', 'C']);
    expect((await post('/api/leads/bulk', { action: 'add-tag', ids: [a.id], tag: 'x' })).statusCode).toBe(
      400,
    );
    const bulk = await post('/api/leads/bulk', { action: 'delete', ids: [a.id, b.id] });
    expect(bulk.json()).toEqual({ affected: 2 });
    const single = await env.app.inject({
      method: 'DELETE',
      url: `/api/leads/${c.id}`,
      headers: as(env.admin),
    });
    expect(single.statusCode).toBe(409);
    expect(await names('')).toEqual(['C']);
  });

  it('saves views of leads', async () => {
    const view = await post('/api/views', {
      recordType: 'lead',
      name: 'Kölner',
      state: { filters: { city: 'Köln' }, columns: ['name', 'city'], sort: 'name' },
    });
    expect(view.statusCode).toBe(201);
    const unknown = await post('/api/views', {
      recordType: 'lead',
      name: 'Kaputt',
      state: { filters: { nope: 'x' } },
    });
    expect(unknown.statusCode).toBe(400);
  });
});
