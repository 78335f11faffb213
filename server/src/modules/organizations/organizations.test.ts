import { ORGANIZATION } from '@kontor/domain/organizations';
import { describe, expect, it } from 'vitest';
import { as, type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { ORGANIZATION_COLUMNS } from './columns.js';

describe('organisations', () => {
  const env = freshAdminAppPerTest();

  const create = (payload: object, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'POST', url: '/api/organizations', headers: as(session), payload });
  const patch = (id: string, payload: object, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'PATCH', url: `/api/organizations/${id}`, headers: as(session), payload });
  const list = (query: string, session: BrowserSession = env.admin) =>
    env.app.inject({ url: `/api/organizations?${query}`, headers: as(session) });

  it('declares a SQL column for every field of the record type', () => {
    expect(Object.keys(ORGANIZATION_COLUMNS).sort()).toEqual(ORGANIZATION.fields.map((f) => f.key).sort());
  });

  it('creates a customer with a number from the sequence, an address and the caller as owner', async () => {
    const response = await create({
      name: 'Müller Maschinenbau GmbH',
      relationships: ['customer', 'supplier'],
      vatId: 'de 136 695 976',
      creditLimitCents: 5_000_000_000_00,
      addresses: [
        {
          type: 'billing',
          street: 'Industriestraße',
          houseNumber: '7',
          postalCode: '80331',
          city: 'München',
        },
      ],
      tags: ['Maschinenbau', 'Bayern'],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'Müller Maschinenbau GmbH',
      customerNumber: 'K10001',
      supplierNumber: 'L10001',
      vatId: 'DE136695976',
      creditLimitCents: 5_000_000_000_00,
      city: 'München',
      ownerId: env.admin.userId,
      tags: ['Maschinenbau', 'Bayern'],
      version: 1,
    });
    const second = (await create({ name: 'Zweite AG', relationships: ['customer'] })).json();
    expect(second.customerNumber).toBe('K10002');
  });

  it('names invalid fields and creates nothing', async () => {
    const response = await create({
      name: ' ',
      vatId: 'DE136695977',
      relationships: ['friend'],
      addresses: [{ countryCode: 'Germany' }],
    });
    expect(response.statusCode).toBe(400);
    const paths = (response.json().errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['addresses.0.countryCode', 'name', 'relationships.0']);
    const vat = await create({ name: 'X', vatId: 'DE136695977' });
    expect(vat.statusCode).toBe(400);
    expect(vat.json().errors[0].path).toBe('vatId');
    expect((await list('')).json().items).toEqual([]);
  });

  it('records every changed field with old and new value, and refuses stale versions', async () => {
    const org = (await create({ name: 'Alt GmbH', industry: 'Handel' })).json();
    const changed = await patch(org.id, {
      version: org.version,
      name: 'Neu GmbH',
      industry: null,
      abcClass: 'A',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Neu GmbH', industry: null, abcClass: 'A', version: 2 });

    const stale = await patch(org.id, { version: org.version, name: 'Überschrieben' });
    expect(stale.statusCode).toBe(409);

    const history = (
      await env.app.inject({ url: `/api/organizations/${org.id}/history`, headers: as(env.admin) })
    ).json().items;
    const byField = Object.fromEntries(history.map((h: { field: string }) => [h.field, h]));
    expect(Object.keys(byField).sort()).toEqual(['abcClass', 'industry', 'name']);
    expect(byField.name).toMatchObject({
      oldValue: 'Alt GmbH',
      newValue: 'Neu GmbH',
      changedBy: env.admin.userId,
      changedByName: 'Ada Admin',
    });
    expect(byField.industry).toMatchObject({ oldValue: 'Handel', newValue: null });
  });

  it('keeps the parent tree free of cycles, at any depth', async () => {
    const holding = (await create({ name: 'Holding' })).json();
    const child = (await create({ name: 'Tochter', parentId: holding.id })).json();
    const grandchild = (await create({ name: 'Enkel', parentId: child.id })).json();
    expect(grandchild.parentName).toBe('Tochter');
    const children = (
      await env.app.inject({ url: `/api/organizations/${holding.id}/children`, headers: as(env.admin) })
    ).json();
    expect(children.items.map((o: { name: string }) => o.name)).toEqual(['Tochter']);
    const cycle = await patch(holding.id, { version: holding.version, parentId: grandchild.id });
    expect(cycle.statusCode).toBe(409);
    expect(cycle.json().errors[0].path).toBe('parentId');
    const self = await patch(holding.id, { version: holding.version, parentId: holding.id });
    expect(self.statusCode).toBe(409);
  });

  it('assigns a customer number when the relationship is added later, and keeps it', async () => {
    const org = (await create({ name: 'Interessent KG', relationships: ['prospect'] })).json();
    expect(org.customerNumber).toBeNull();
    const customer = (await patch(org.id, { version: org.version, relationships: ['customer'] })).json();
    expect(customer.customerNumber).toBe('K10001');
    const former = (await patch(org.id, { version: customer.version, relationships: ['other'] })).json();
    expect(former.customerNumber).toBe('K10001');
  });

  it('pages through a sorted list with a stable keyset cursor', async () => {
    for (const name of ['Delta', 'alpha', 'Charlie', 'Bravo', 'Echo', 'Ärger AG']) await create({ name });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { name: string }[]; nextCursor: string | null } = (
        await list(`limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((o: { name: string }) => o.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Ärger AG', 'alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']);
    const descending = (await list('sort=-name&limit=3')).json().items.map((o: { name: string }) => o.name);
    expect(descending).toEqual(['Echo', 'Delta', 'Charlie']);
  });

  it('filters columns with the filter language', async () => {
    await create({
      name: 'Müller GmbH',
      relationships: ['customer'],
      paymentTermsDays: 30,
      addresses: [{ city: 'München' }],
    });
    await create({
      name: 'Meier AG',
      relationships: ['supplier'],
      paymentTermsDays: 14,
      addresses: [{ city: 'Hamburg' }],
    });
    await create({
      name: 'Schmidt & Söhne',
      relationships: ['customer', 'partner'],
      addresses: [{ city: 'Köln' }],
    });
    const names = async (query: string) =>
      (await list(query))
        .json()
        .items.map((o: { name: string }) => o.name)
        .sort();
    expect(await names('filter[name]=Mül*|Mei*')).toEqual(['Meier AG', 'Müller GmbH']);
    expect(await names('filter[name]=gmbh')).toEqual(['Müller GmbH']);
    expect(await names('filter[relationships]=Kunde')).toEqual(['Müller GmbH', 'Schmidt & Söhne']);
    expect(await names('filter[paymentTermsDays]=>=20')).toEqual(['Müller GmbH']);
    expect(await names('filter[city]=!München')).toEqual(['Meier AG', 'Schmidt & Söhne']);
    expect(
      await names(`filter[createdAt]=>=1.1.2020&filter[name]=${encodeURIComponent('"Schmidt & Söhne"')}`),
    ).toEqual(['Schmidt & Söhne']);
  });

  it('answers a malformed filter with the spot, an unknown field or sort with 400', async () => {
    const bad = await list('filter[paymentTermsDays]=>=zwanzig');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({
      path: 'filter.paymentTermsDays',
      start: expect.any(Number),
      end: expect.any(Number),
    });
    expect((await list('filter[password]=x')).statusCode).toBe(400);
    expect((await list('sort=website')).statusCode).toBe(400);
    expect((await list('cursor=nonsense')).statusCode).toBe(400);
  });

  it('shows a team-visibility user only records of their team, and hides the rest entirely', async () => {
    const team = (
      await env.app.inject({
        method: 'POST',
        url: '/api/teams',
        headers: as(env.admin),
        payload: { name: 'Nord' },
      })
    ).json();
    const sales = await userWithRole(env.app, env.admin, 'sales', 'nord@example.de');
    const colleague = await userWithRole(env.app, env.admin, 'sales', 'kollege@example.de');
    const other = await userWithRole(env.app, env.admin, 'sales', 'sued@example.de');
    for (const user of [sales, colleague]) {
      const me = (await env.app.inject({ url: '/api/users/me', headers: as(user) })).json();
      await env.app.inject({
        method: 'PATCH',
        url: `/api/users/${me.id}`,
        headers: as(env.admin),
        payload: { version: me.version, teamIds: [team.id] },
      });
    }
    await create({ name: 'Vom Kollegen' }, colleague);
    const hidden = (await create({ name: 'Fremdkunde' }, other)).json();
    await create({ name: 'Ohne Betreuer', ownerId: null });

    const visible = (await list('', sales))
      .json()
      .items.map((o: { name: string }) => o.name)
      .sort();
    expect(visible).toEqual(['Ohne Betreuer', 'Vom Kollegen']);
    expect(
      (await env.app.inject({ url: `/api/organizations/${hidden.id}`, headers: as(sales) })).statusCode,
    ).toBe(404);
    expect(
      (await env.app.inject({ url: `/api/organizations/${hidden.id}/history`, headers: as(sales) }))
        .statusCode,
    ).toBe(404);
    expect((await patch(hidden.id, { version: 1, name: 'x' }, sales)).statusCode).toBe(404);
    expect((await create({ name: 'Tochter', parentId: hidden.id }, sales)).statusCode).toBe(400);
  });

  it('deletes only with the delete permission, and children keep existing without a parent', async () => {
    const parent = (await create({ name: 'Mutter' })).json();
    const child = (await create({ name: 'Kind', parentId: parent.id })).json();
    const sales = await userWithRole(env.app, env.admin, 'sales');
    expect(
      (await env.app.inject({ method: 'DELETE', url: `/api/organizations/${parent.id}`, headers: as(sales) }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await env.app.inject({
          method: 'DELETE',
          url: `/api/organizations/${parent.id}`,
          headers: as(env.admin),
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (await env.app.inject({ url: `/api/organizations/${child.id}`, headers: as(env.admin) })).json()
        .parentId,
    ).toBeNull();
  });
});

describe('bulk actions on organisations', () => {
  const env = freshAdminAppPerTest();
  const create = async (name: string, session: BrowserSession = env.admin) =>
    (
      await env.app.inject({
        method: 'POST',
        url: '/api/organizations',
        headers: as(session),
        payload: { name },
      })
    ).json();
  const bulk = (payload: object, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'POST', url: '/api/organizations/bulk', headers: as(session), payload });

  it('assigns an owner and tags many records at once, with history', async () => {
    const a = await create('A GmbH');
    const b = await create('B GmbH');
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const salesId = (await env.app.inject({ url: '/api/users/me', headers: as(sales) })).json().id;
    expect((await bulk({ action: 'assign-owner', ids: [a.id, b.id], ownerId: salesId })).json()).toEqual({
      affected: 2,
    });
    expect((await bulk({ action: 'add-tag', ids: [a.id, b.id], tag: 'Messe 2026' })).json()).toEqual({
      affected: 2,
    });
    await bulk({ action: 'remove-tag', ids: [b.id], tag: 'Messe 2026' });
    const after = await env.app.inject({ url: `/api/organizations/${a.id}`, headers: as(env.admin) });
    expect(after.json()).toMatchObject({ ownerId: salesId, tags: ['Messe 2026'], version: 3 });
    expect(
      (await env.app.inject({ url: `/api/organizations/${b.id}`, headers: as(env.admin) })).json().tags,
    ).toEqual([]);
    const history = (
      await env.app.inject({ url: `/api/organizations/${a.id}/history`, headers: as(env.admin) })
    ).json().items;
    expect(history.map((h: { field: string }) => h.field).sort()).toEqual(['ownerId', 'tags']);
  });

  it('changes nothing when one selected record is hidden or missing', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const other = await userWithRole(env.app, env.admin, 'sales', 'other@example.de');
    const mine = await create('Meine GmbH', sales);
    const foreign = await create('Fremde GmbH', other);
    const response = await bulk({ action: 'add-tag', ids: [mine.id, foreign.id], tag: 'x' }, sales);
    expect(response.statusCode).toBe(404);
    expect(
      (await env.app.inject({ url: `/api/organizations/${mine.id}`, headers: as(sales) })).json().tags,
    ).toEqual([]);
    expect((await bulk({ action: 'delete', ids: [mine.id] }, sales)).statusCode).toBe(403);
  });

  it('deletes many in one transaction', async () => {
    const ids = [(await create('Eins')).id, (await create('Zwei')).id];
    expect((await bulk({ action: 'delete', ids })).json()).toEqual({ affected: 2 });
    expect(
      (await env.app.inject({ url: '/api/organizations', headers: as(env.admin) })).json().items,
    ).toEqual([]);
  });
});

describe('exporting organisations', () => {
  const env = freshAdminAppPerTest();

  it('streams the filtered list as German CSV with formula injection defused', async () => {
    const create = (payload: object) =>
      env.app.inject({ method: 'POST', url: '/api/organizations', headers: as(env.admin), payload });
    await create({
      name: 'Müller GmbH',
      relationships: ['customer'],
      creditLimitCents: 123456,
      addresses: [{ city: 'München' }],
    });
    await create({ name: '=HYPERLINK("http://evil")', relationships: ['customer'] });
    await create({ name: 'Meier AG', relationships: ['supplier'] });
    const response = await env.app.inject({
      url: `/api/organizations/export?filter[relationships]=Kunde&cols=name,city,creditLimit,relationships&sort=name`,
      headers: as(env.admin),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="organisationen-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toEqual([
      'Name;Ort;Kreditlimit;Beziehung',
      `"'=HYPERLINK(""http://evil"")";;;Kunde`,
      'Müller GmbH;München;1234,56;Kunde',
    ]);
  });

  it('writes an XLSX workbook that reads back with typed cells', async () => {
    const ExcelJS = (await import('exceljs')).default;
    for (let i = 0; i < 250; i++) {
      await env.app.inject({
        method: 'POST',
        url: '/api/organizations',
        headers: as(env.admin),
        payload: { name: `Firma ${String(i).padStart(3, '0')}`, paymentTermsDays: i },
      });
    }
    const response = await env.app.inject({
      url: '/api/organizations/export?format=xlsx&cols=name,paymentTermsDays',
      headers: as(env.admin),
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(251);
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Name', 'Zahlungsziel (Tage)']);
    expect(sheet?.getRow(251).values).toEqual([undefined, 'Firma 249', 249]);
  });

  it('writes a column asked for twice once', async () => {
    await env.app.inject({
      method: 'POST',
      url: '/api/organizations',
      headers: as(env.admin),
      payload: { name: 'Eins' },
    });
    const twice = await env.app.inject({
      url: '/api/organizations/export?cols=name,name',
      headers: as(env.admin),
    });
    expect(twice.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Name');
  });

  it('answers a bad filter or an unknown column with 400 before streaming', async () => {
    expect(
      (
        await env.app.inject({
          url: '/api/organizations/export?filter[paymentTermsDays]=>>1',
          headers: as(env.admin),
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (await env.app.inject({ url: '/api/organizations/export?cols=name,password', headers: as(env.admin) }))
        .statusCode,
    ).toBe(400);
  });
});
