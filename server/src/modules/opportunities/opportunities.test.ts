import { OPPORTUNITY } from '@kontor/domain/opportunities';
import { describe, expect, it } from 'vitest';
import { freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { OPPORTUNITY_COLUMNS } from './columns.js';
import { insertQuotation, opportunityApi } from './test-support.js';

describe('opportunities', () => {
  const env = freshAdminAppPerTest();
  const api = () => opportunityApi(env);

  it('declares a SQL column for every field of the record type', () => {
    expect(Object.keys(OPPORTUNITY_COLUMNS).sort()).toEqual(OPPORTUNITY.fields.map((f) => f.key).sort());
  });

  it('creates an opportunity with competitors and the stage probability, owned by the creator', async () => {
    const [neu, qualifiziert] = await api().stages();
    const customer = await api().organization('Müller Maschinenbau GmbH');
    const rival = await api().organization('Konkurrenz AG');
    const response = await api().create({
      name: 'Fräsmaschinen 2027',
      organizationId: customer.id,
      stageId: qualifiziert?.id,
      expectedRevenueCents: 1_234_567,
      expectedCloseDate: '2027-03-31',
      source: 'trade-fair',
      competitorIds: [rival.id],
    });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      name: 'Fräsmaschinen 2027',
      organizationName: 'Müller Maschinenbau GmbH',
      stageName: 'Qualifiziert',
      status: 'open',
      manualStatus: 'open',
      probability: 25,
      probabilityOverridden: false,
      // 12,345.67 € × 25 % = 3,086.4175 € → 3,086.42 €
      weightedRevenueCents: 308_642,
      ownerName: 'Ada Admin',
      competitors: [{ id: rival.id, name: 'Konkurrenz AG' }],
      lostReasons: [],
      version: 1,
    });
    expect(created.allowedStatuses.open).toEqual({ ok: true });
    const detail = await api().inject('GET', `/api/opportunities/${created.id}`);
    expect(detail.json()).toEqual(created);
    expect(neu?.probability).toBe(10);
  });

  it('refuses bad input with the fields and creates nothing', async () => {
    const [stage] = await api().stages();
    const customer = await api().organization('Kunde');
    const noCustomer = await api().create({ name: 'X', stageId: stage?.id });
    expect(noCustomer.statusCode).toBe(400);
    expect(noCustomer.json().errors[0].path).toBe('organizationId');
    const wrongTypes = await api().create({
      name: '',
      organizationId: customer.id,
      stageId: stage?.id,
      expectedRevenueCents: -5,
      probability: 101,
    });
    expect(wrongTypes.statusCode).toBe(400);
    expect((wrongTypes.json().errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      'expectedRevenueCents',
      'name',
      'probability',
    ]);
    const unknown = await api().create({
      name: 'X',
      organizationId: customer.id,
      stageId: 'nope',
      competitorIds: ['missing'],
      campaignId: 'missing',
    });
    expect(unknown.statusCode).toBe(400);
    expect((unknown.json().errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      'campaignId',
      'competitorIds',
      'stageId',
    ]);
    const list = await api().inject('GET', '/api/opportunities');
    expect(list.json().items).toEqual([]);
  });

  it('shows each salesperson only their own and unowned opportunities, and hides others', async () => {
    const [stage] = await api().stages();
    const alice = await userWithRole(env.app, env.admin, 'sales', 'alice@example.de');
    const bob = await userWithRole(env.app, env.admin, 'sales', 'bob@example.de');
    // Owned by nobody: every salesperson sees it and may sell to it.
    const customer = (
      await api().inject('POST', '/api/organizations', { name: 'Gemeinsam GmbH', ownerId: null })
    ).json();
    const own = (
      await api().create({ name: 'Alices', organizationId: customer.id, stageId: stage?.id }, alice)
    ).json();
    await api().create({ name: 'Bobs', organizationId: customer.id, stageId: stage?.id }, bob);
    await api().create({ name: 'Allen', organizationId: customer.id, stageId: stage?.id, ownerId: null });
    const names = async (session: typeof alice) =>
      (await api().inject('GET', '/api/opportunities?sort=name', undefined, session))
        .json()
        .items.map((o: { name: string }) => o.name);
    expect(await names(alice)).toEqual(['Alices', 'Allen']);
    expect(await names(env.admin)).toEqual(['Alices', 'Allen', 'Bobs']);
    expect((await api().inject('GET', `/api/opportunities/${own.id}`, undefined, bob)).statusCode).toBe(404);
    expect((await api().move(own.id, { stageId: stage?.id, version: 1 }, bob)).statusCode).toBe(404);
    const board = (await api().board('', bob)).json();
    expect(board.columns[0].cards.map((c: { name: string }) => c.name).sort()).toEqual(['Allen', 'Bobs']);
    const reader = await userWithRole(env.app, env.admin, 'read-only', 'leser@example.de');
    expect((await api().move(own.id, { stageId: stage?.id, version: 1 }, reader)).statusCode).toBe(403);
  });

  it('filters and sorts the list by joined names, weighted revenue and competitors', async () => {
    const [neu, , , angebot] = await api().stages();
    const a = await api().organization('Alpha GmbH');
    const b = await api().organization('Beta KG');
    const rival = await api().organization('Wettbewerb Schmidt');
    await api().create({
      name: 'Klein',
      organizationId: a.id,
      stageId: neu?.id,
      expectedRevenueCents: 100_000,
    });
    await api().create({
      name: 'Groß',
      organizationId: b.id,
      stageId: angebot?.id,
      expectedRevenueCents: 100_000,
      competitorIds: [rival.id],
    });
    await api().create({
      name: 'Eigen',
      organizationId: a.id,
      stageId: neu?.id,
      expectedRevenueCents: 50_000,
      probability: 90,
    });
    const names = async (query: string) =>
      (await api().inject('GET', `/api/opportunities?${query}`))
        .json()
        .items.map((o: { name: string }) => o.name);
    expect(await names('sort=-weightedRevenue')).toEqual(['Groß', 'Eigen', 'Klein']);
    expect(await names(`filter[organizationName]=${encodeURIComponent('alpha')}&sort=name`)).toEqual([
      'Eigen',
      'Klein',
    ]);
    expect(await names(`filter[competitors]=${encodeURIComponent('schmidt')}`)).toEqual(['Groß']);
    expect(await names(`filter[stageName]=Angebot`)).toEqual(['Groß']);
    expect(await names(`filter[probability]=${encodeURIComponent('>50')}&sort=name`)).toEqual([
      'Eigen',
      'Groß',
    ]);
    const bad = await api().inject('GET', '/api/opportunities?filter[nope]=1');
    expect(bad.statusCode).toBe(400);
  });

  it('updates with the version, records field history and the stage change on the timeline', async () => {
    const [neu, qualifiziert] = await api().stages();
    const customer = await api().organization('Kunde');
    const created = (
      await api().create({ name: 'Alt', organizationId: customer.id, stageId: neu?.id })
    ).json();
    const updated = await api().inject('PATCH', `/api/opportunities/${created.id}`, {
      version: 1,
      name: 'Neu',
      stageId: qualifiziert?.id,
      probability: 55,
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      name: 'Neu',
      stageName: 'Qualifiziert',
      probability: 55,
      version: 2,
    });
    const stale = await api().inject('PATCH', `/api/opportunities/${created.id}`, {
      version: 1,
      name: 'Zu spät',
    });
    expect(stale.statusCode).toBe(409);
    const noCustomer = await api().inject('PATCH', `/api/opportunities/${created.id}`, {
      version: 2,
      organizationId: null,
    });
    expect(noCustomer.statusCode).toBe(400);
    const history = (await api().inject('GET', `/api/opportunities/${created.id}/history`)).json().items;
    expect(history.map((c: { field: string }) => c.field).sort()).toEqual([
      'name',
      'probability',
      'stageName',
    ]);
    const timeline = await env.database.db
      .selectFrom('activities')
      .innerJoin('activity_links', 'activity_links.activity_id', 'activities.id')
      .select('activities.subject')
      .where('activity_links.record_type', '=', 'opportunity')
      .where('activity_links.record_id', '=', created.id)
      .execute();
    expect(timeline.map((t) => t.subject)).toEqual(['Phase: Neu → Qualifiziert']);
  });

  it('keeps a planned cost in cents (null: not planned), checks it, records its history, lists and exports it', async () => {
    const [stage] = await api().stages();
    const customer = await api().organization('Kunde');
    const base = { organizationId: customer.id, stageId: stage?.id };
    const negative = await api().create({ ...base, name: 'Minus', plannedCostCents: -1 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().errors.map((e: { path: string }) => e.path)).toEqual(['plannedCostCents']);
    const fraction = await api().create({ ...base, name: 'Bruch', plannedCostCents: 1.5 });
    expect(fraction.statusCode).toBe(400);

    const unplanned = (await api().create({ ...base, name: 'Ohne' })).json();
    expect(unplanned.plannedCostCents).toBeNull();
    const planned = (await api().create({ ...base, name: 'Mit', plannedCostCents: 250_000 })).json();
    expect(planned.plannedCostCents).toBe(250_000);
    const changed = await api().inject('PATCH', `/api/opportunities/${planned.id}`, {
      version: 1,
      plannedCostCents: 0,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ plannedCostCents: 0, version: 2 });
    const cleared = await api().inject('PATCH', `/api/opportunities/${planned.id}`, {
      version: 2,
      plannedCostCents: null,
    });
    expect(cleared.json().plannedCostCents).toBeNull();
    const history = (await api().inject('GET', `/api/opportunities/${planned.id}/history`)).json().items;
    expect(
      history
        .map((c: { field: string; oldValue: unknown; newValue: unknown }) => [
          c.field,
          c.oldValue,
          c.newValue,
        ])
        .sort((a: unknown[], b: unknown[]) => String(a[1]).localeCompare(String(b[1]))),
    ).toEqual([
      ['plannedCost', 0, null],
      ['plannedCost', 250_000, 0],
    ]);

    await api().inject('PATCH', `/api/opportunities/${unplanned.id}`, {
      version: 1,
      plannedCostCents: 120_050,
    });
    const names = async (query: string) =>
      (await api().inject('GET', `/api/opportunities?${query}`))
        .json()
        .items.map((o: { name: string }) => o.name);
    expect(await names(`filter[plannedCost]=${encodeURIComponent('>1000')}`)).toEqual(['Ohne']);
    expect(await names(`filter[plannedCost]=${encodeURIComponent('=')}`)).toEqual(['Mit']);
    expect(await names('sort=-plannedCost&filter[plannedCost]=%3E%3D0')).toEqual(['Ohne']);
    const csv = await api().inject('GET', '/api/opportunities/export?cols=name,plannedCost&sort=name');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toMatch(/Ohne;1[.]?200,50/);
  });

  it('deletes opportunities without quotations, and refuses while a quotation exists', async () => {
    const [stage] = await api().stages();
    const customer = await api().organization('Kunde');
    const one = (
      await api().create({ name: 'Eins', organizationId: customer.id, stageId: stage?.id })
    ).json();
    const two = (
      await api().create({ name: 'Zwei', organizationId: customer.id, stageId: stage?.id })
    ).json();
    const three = (
      await api().create({ name: 'Drei', organizationId: customer.id, stageId: stage?.id })
    ).json();
    await insertQuotation(env, three.id, 'draft');
    const refused = await api().inject('POST', '/api/opportunities/bulk', {
      action: 'delete',
      ids: [one.id, three.id],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('Angebote');
    expect((await api().inject('GET', `/api/opportunities/${one.id}`)).statusCode).toBe(200);
    const bulk = await api().inject('POST', '/api/opportunities/bulk', {
      action: 'delete',
      ids: [one.id, two.id],
    });
    expect(bulk.json()).toEqual({ affected: 2 });
    expect((await api().inject('DELETE', `/api/opportunities/${three.id}`)).statusCode).toBe(409);
    const left = (await api().inject('GET', '/api/opportunities')).json().items;
    expect(left.map((o: { name: string }) => o.name)).toEqual(['Drei']);
  });

  it("makes its lead's status Opportunity, and Open again when deleted", async () => {
    const [stage] = await api().stages();
    const now = new Date().toISOString();
    await env.database.db
      .insertInto('leads')
      .values({
        id: 'lead-1',
        name: 'Erika Muster',
        name_key: 'erika muster',
        created_at: now,
        updated_at: now,
        created_by: null,
      })
      .execute();
    const leadStatus = async () =>
      (
        await env.database.db
          .selectFrom('leads')
          .select('status')
          .where('id', '=', 'lead-1')
          .executeTakeFirstOrThrow()
      ).status;
    const created = await api().create({ name: 'Über Lead', leadId: 'lead-1', stageId: stage?.id });
    expect(created.statusCode).toBe(201);
    expect(created.json().leadName).toBe('Erika Muster');
    expect(await leadStatus()).toBe('opportunity');
    await api().inject('DELETE', `/api/opportunities/${created.json().id}`);
    expect(await leadStatus()).toBe('open');
  });

  it('exports the list with money in euros', async () => {
    const [stage] = await api().stages();
    const customer = await api().organization('Kunde');
    await api().create({
      name: 'Export',
      organizationId: customer.id,
      stageId: stage?.id,
      expectedRevenueCents: 150_050,
    });
    const csv = await api().inject(
      'GET',
      '/api/opportunities/export?cols=name,expectedRevenue,weightedRevenue',
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Export');
    expect(csv.body).toMatch(/1[.]?500,50/);
    expect(csv.body).toMatch(/150,05/);
  });
});
