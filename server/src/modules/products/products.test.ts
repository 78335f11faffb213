import { PRODUCT } from '@kontor/domain/products';
import { describe, expect, it } from 'vitest';
import { as, type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { PRODUCT_COLUMNS } from './columns.js';

describe('products', () => {
  const env = freshAdminAppPerTest();

  const create = (payload: object, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'POST', url: '/api/products', headers: as(session), payload });
  const patch = (id: string, payload: object, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'PATCH', url: `/api/products/${id}`, headers: as(session), payload });
  const list = (query: string, session: BrowserSession = env.admin) =>
    env.app.inject({ url: `/api/products?${query}`, headers: as(session) });
  const names = async (query: string) =>
    (await list(query)).json().items.map((p: { name: string }) => p.name);
  const category = (payload: object) =>
    env.app.inject({ method: 'POST', url: '/api/product-categories', headers: as(env.admin), payload });
  const organization = async (name: string) =>
    (
      await env.app.inject({
        method: 'POST',
        url: '/api/organizations',
        headers: as(env.admin),
        payload: { name, relationships: ['supplier'] },
      })
    ).json();

  it('declares a SQL column for every field of the record type', () => {
    expect(Object.keys(PRODUCT_COLUMNS).sort()).toEqual(PRODUCT.fields.map((f) => f.key).sort());
  });

  it('creates a product with category and suppliers, and shows it in detail', async () => {
    const tools = (await category({ name: 'Werkzeug' })).json();
    const supplier = await organization('Hahn Werkzeuge GmbH');
    const response = await create({
      name: 'Akkuschrauber',
      sku: 'AS-100',
      type: 'stockable',
      categoryId: tools.id,
      unit: 'Stk',
      listPriceCents: 129_90,
      taxRate: 19,
      supplierIds: [supplier.id],
      description: 'Mit zwei Akkus',
    });
    expect(response.statusCode).toBe(201);
    const product = response.json();
    expect(product).toMatchObject({
      name: 'Akkuschrauber',
      sku: 'AS-100',
      categoryName: 'Werkzeug',
      listPriceCents: 129_90,
      currency: 'EUR',
      taxRate: 19,
      active: true,
      suppliers: [{ id: supplier.id, name: 'Hahn Werkzeuge GmbH' }],
      version: 1,
    });
    const detail = await env.app.inject({ url: `/api/products/${product.id}`, headers: as(env.admin) });
    expect(detail.json()).toEqual(product);
    const defaults = (await create({ name: 'Beratung', type: 'service' })).json();
    expect(defaults).toMatchObject({ sku: null, unit: 'Stk', taxRate: 19, suppliers: [], categoryId: null });
  });

  it('refuses bad input with the field and creates nothing', async () => {
    const tax = await create({ name: 'X', taxRate: 16 });
    expect(tax.statusCode).toBe(400);
    expect(tax.json().errors[0].path).toBe('taxRate');
    const type = await create({ name: 'X', type: 'gadget', listPriceCents: -1 });
    expect(type.statusCode).toBe(400);
    expect((type.json().errors as { path: string }[]).map((e) => e.path).sort()).toEqual([
      'listPriceCents',
      'type',
    ]);
    const supplier = await create({ name: 'X', supplierIds: ['01999999-0000-7000-8000-000000000000'] });
    expect(supplier.statusCode).toBe(400);
    expect(supplier.json().errors[0].path).toBe('supplierIds');
    const unknownCategory = await create({ name: 'X', categoryId: 'nope' });
    expect(unknownCategory.statusCode).toBe(400);
    expect(unknownCategory.json().errors[0].path).toBe('categoryId');
    expect((await list('')).json().items).toEqual([]);
  });

  it('keeps SKUs unique when set', async () => {
    const first = (await create({ name: 'Schraube', sku: 'S-1' })).json();
    const duplicate = await create({ name: 'Andere Schraube', sku: 'S-1' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().errors[0].path).toBe('sku');
    expect((await create({ name: 'Ohne Nummer A' })).statusCode).toBe(201);
    expect((await create({ name: 'Ohne Nummer B', sku: '' })).statusCode).toBe(201);
    const other = (await create({ name: 'Mutter', sku: 'M-1' })).json();
    const clash = await patch(other.id, { version: other.version, sku: 'S-1' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().errors[0].path).toBe('sku');
    // The product's own SKU is no clash.
    expect(
      (await patch(first.id, { version: first.version, sku: 'S-1', name: 'Schraube M4' })).statusCode,
    ).toBe(200);
  });

  it('records changes, replaces suppliers and refuses stale versions', async () => {
    const a = await organization('Alpha Handel');
    const b = await organization('Beta Handel');
    const product = (await create({ name: 'Kabel', supplierIds: [a.id], taxRate: 7 })).json();
    const changed = await patch(product.id, {
      version: product.version,
      listPriceCents: 500,
      taxRate: 0,
      supplierIds: [b.id, a.id],
      active: false,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      listPriceCents: 500,
      taxRate: 0,
      active: false,
      version: 2,
      suppliers: [
        { id: a.id, name: 'Alpha Handel' },
        { id: b.id, name: 'Beta Handel' },
      ],
    });
    const stale = await patch(product.id, { version: product.version, name: 'Überschrieben' });
    expect(stale.statusCode).toBe(409);
    expect((await patch(product.id, { version: 2, taxRate: 5 })).statusCode).toBe(400);
    const unknown = await patch(product.id, { version: 2, supplierIds: ['missing'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('supplierIds');
    const history = (
      await env.app.inject({ url: `/api/products/${product.id}/history`, headers: as(env.admin) })
    ).json().items;
    expect(history.map((h: { field: string }) => h.field).sort()).toEqual([
      'active',
      'listPriceCents',
      'suppliers',
      'taxRate',
    ]);
  });

  it('keeps supplier links when organisations merge, and drops them when one is deleted', async () => {
    const keep = await organization('Hahn GmbH');
    const merged = await organization('Hahn G.m.b.H.');
    const gone = await organization('Weg AG');
    const product = (await create({ name: 'Kabel', supplierIds: [merged.id, gone.id] })).json();
    const merge = await env.app.inject({
      method: 'POST',
      url: '/api/organizations/merge',
      headers: as(env.admin),
      payload: {
        keepId: keep.id,
        keepVersion: keep.version,
        mergeId: merged.id,
        mergeVersion: merged.version,
      },
    });
    expect(merge.statusCode).toBe(200);
    await env.app.inject({ method: 'DELETE', url: `/api/organizations/${gone.id}`, headers: as(env.admin) });
    const detail = (
      await env.app.inject({ url: `/api/products/${product.id}`, headers: as(env.admin) })
    ).json();
    expect(detail.suppliers).toEqual([{ id: keep.id, name: 'Hahn GmbH' }]);
  });

  it('lists with filters, sort and a stable keyset cursor', async () => {
    for (const [name, type, taxRate] of [
      ['Delta', 'stockable', 19],
      ['alpha', 'service', 19],
      ['Charlie', 'consumable', 7],
      ['Bravo', 'raw-material', 0],
      ['Ärger-Set', 'service', 7],
    ] as const)
      expect((await create({ name, type, taxRate })).statusCode).toBe(201);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { name: string }[]; nextCursor: string | null } = (
        await list(`limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((p) => p.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Ärger-Set', 'alpha', 'Bravo', 'Charlie', 'Delta']);
    expect(await names('sort=-name&limit=2')).toEqual(['Delta', 'Charlie']);
    expect(await names('filter[type]=Dienstleistung')).toEqual(['Ärger-Set', 'alpha']);
    expect(await names('filter[taxRate]=7')).toEqual(['Ärger-Set', 'Charlie']);
    expect(await names('filter[name]=b*|d*&sort=-name')).toEqual(['Delta', 'Bravo']);
    expect((await list('filter[taxRate]=>=sieben')).statusCode).toBe(400);
  });

  it('exports the filtered list as CSV', async () => {
    await create({ name: 'Kabel', sku: 'K-1', listPriceCents: 123456, taxRate: 7 });
    await create({ name: 'Beratung', type: 'service' });
    const response = await env.app.inject({
      url: '/api/products/export?cols=name,sku,listPrice,taxRate&sort=name&filter[taxRate]=7',
      headers: as(env.admin),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toEqual(['Name;Artikelnummer;Listenpreis;Steuersatz (%)', 'Kabel;K-1;1234,56;7']);
  });

  it('deletes one and many, all or nothing', async () => {
    const a = (await create({ name: 'A' })).json();
    const b = (await create({ name: 'B' })).json();
    const c = (await create({ name: 'C' })).json();
    const bulk = (payload: object) =>
      env.app.inject({ method: 'POST', url: '/api/products/bulk', headers: as(env.admin), payload });
    expect((await bulk({ action: 'delete', ids: [a.id, 'missing'] })).statusCode).toBe(404);
    expect((await bulk({ action: 'add-tag', ids: [a.id], tag: 'x' })).statusCode).toBe(400);
    expect((await bulk({ action: 'delete', ids: [a.id, b.id] })).json()).toEqual({ affected: 2 });
    const removed = await env.app.inject({
      method: 'DELETE',
      url: `/api/products/${c.id}`,
      headers: as(env.admin),
    });
    expect(removed.statusCode).toBe(204);
    expect((await env.app.inject({ url: `/api/products/${c.id}`, headers: as(env.admin) })).statusCode).toBe(
      404,
    );
    expect((await list('')).json().items).toEqual([]);
  });

  it('lets read-only users read but not write, and sales write but not delete', async () => {
    const product = (await create({ name: 'Kabel' })).json();
    const reader = await userWithRole(env.app, env.admin, 'read-only');
    expect((await list('', reader)).json().items).toHaveLength(1);
    expect((await create({ name: 'Verboten' }, reader)).statusCode).toBe(403);
    expect((await patch(product.id, { version: 1, name: 'Verboten' }, reader)).statusCode).toBe(403);
    const sales = await userWithRole(env.app, env.admin, 'sales');
    expect((await create({ name: 'Erlaubt' }, sales)).statusCode).toBe(201);
    // Suppliers are organisations the caller may see; sales sees its team's only.
    const hidden = await organization('Fremd GmbH');
    const refused = await create({ name: 'Mit Lieferant', supplierIds: [hidden.id] }, sales);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe('supplierIds');
    const supplied = (await create({ name: 'Geliefert', supplierIds: [hidden.id] })).json();
    const seen = await env.app.inject({ url: `/api/products/${supplied.id}`, headers: as(sales) });
    expect(seen.json().suppliers).toEqual([]);
    const remove = await env.app.inject({
      method: 'DELETE',
      url: `/api/products/${product.id}`,
      headers: as(sales),
    });
    expect(remove.statusCode).toBe(403);
  });
});

describe('product categories', () => {
  const env = freshAdminAppPerTest();

  const create = (payload: object) =>
    env.app.inject({ method: 'POST', url: '/api/product-categories', headers: as(env.admin), payload });
  const patch = (id: string, payload: object) =>
    env.app.inject({
      method: 'PATCH',
      url: `/api/product-categories/${id}`,
      headers: as(env.admin),
      payload,
    });
  const remove = (id: string) =>
    env.app.inject({ method: 'DELETE', url: `/api/product-categories/${id}`, headers: as(env.admin) });

  it('lists the tree flat with parents, by name', async () => {
    const tools = (await create({ name: 'Werkzeug' })).json();
    await create({ name: 'Akku', parentId: tools.id });
    await create({ name: 'Zubehör' });
    const response = await env.app.inject({ url: '/api/product-categories', headers: as(env.admin) });
    expect(response.statusCode).toBe(200);
    expect(
      response.json().items.map((c: { name: string; parentId: string | null }) => [c.name, c.parentId]),
    ).toEqual([
      ['Akku', tools.id],
      ['Werkzeug', null],
      ['Zubehör', null],
    ]);
    const unknown = await create({ name: 'X', parentId: 'missing' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('parentId');
    expect((await create({ name: ' ' })).statusCode).toBe(400);
  });

  it('renames with a version and keeps the tree free of cycles', async () => {
    const root = (await create({ name: 'Root' })).json();
    const child = (await create({ name: 'Child', parentId: root.id })).json();
    const grandchild = (await create({ name: 'Grandchild', parentId: child.id })).json();
    const renamed = await patch(root.id, { version: 1, name: 'Wurzel' });
    expect(renamed.json()).toMatchObject({ name: 'Wurzel', version: 2 });
    expect((await patch(root.id, { version: 1, name: 'Alt' })).statusCode).toBe(409);
    const cycle = await patch(root.id, { version: 2, parentId: grandchild.id });
    expect(cycle.statusCode).toBe(409);
    expect(cycle.json().errors[0].path).toBe('parentId');
    expect((await patch(root.id, { version: 2, parentId: root.id })).statusCode).toBe(409);
    expect((await patch(grandchild.id, { version: 1, parentId: null })).json().parentId).toBeNull();
  });

  it('refuses to delete a category in use', async () => {
    const parent = (await create({ name: 'Eltern' })).json();
    const child = (await create({ name: 'Kind', parentId: parent.id })).json();
    const product = (
      await env.app.inject({
        method: 'POST',
        url: '/api/products',
        headers: as(env.admin),
        payload: { name: 'Kabel', categoryId: child.id },
      })
    ).json();
    expect((await remove(parent.id)).statusCode).toBe(409);
    expect((await remove(child.id)).statusCode).toBe(409);
    await env.app.inject({ method: 'DELETE', url: `/api/products/${product.id}`, headers: as(env.admin) });
    expect((await remove(child.id)).statusCode).toBe(204);
    expect((await remove(parent.id)).statusCode).toBe(204);
    expect((await remove(parent.id)).statusCode).toBe(404);
  });
});
