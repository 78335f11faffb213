import { CONTACT } from '@kontor/domain/contacts';
import { describe, expect, it } from 'vitest';
import { as, type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';
import { CONTACT_COLUMNS } from './columns.js';

describe('contacts', () => {
  const env = freshAdminAppPerTest();

  const post = (url: string, payload: object, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'POST', url, headers: as(session), payload });
  const organization = async (payload: object) => (await post('/api/organizations', payload)).json();
  const contact = (payload: object, session?: BrowserSession) => post('/api/contacts', payload, session);
  const names = async (query: string) =>
    (await env.app.inject({ url: `/api/contacts?${query}`, headers: as(env.admin) }))
      .json()
      .items.map((c: { name: string }) => c.name);

  it('declares a SQL column for every field of the record type', () => {
    expect(Object.keys(CONTACT_COLUMNS).sort()).toEqual(CONTACT.fields.map((f) => f.key).sort());
  });

  it('creates a contact at an organisation that inherits its address until it has its own', async () => {
    const org = await organization({
      name: 'Muster GmbH',
      addresses: [{ street: 'Hauptstraße', houseNumber: '1', postalCode: '10115', city: 'Berlin' }],
    });
    const created = await contact({
      salutation: 'frau',
      title: 'Dr.',
      firstName: 'Anna',
      lastName: 'Schneider',
      emails: [{ type: 'work', address: 'A.Schneider@Muster.de' }],
      phones: [{ type: 'work', number: '+49 (0)30 123 456-78' }],
      employments: [
        { organizationId: org.id, position: 'Einkauf', isMainContact: true, startDate: '2020-01-01' },
      ],
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      name: 'Anna Schneider',
      organizationId: org.id,
      organizationName: 'Muster GmbH',
      position: 'Einkauf',
      email: 'A.Schneider@Muster.de',
      addressesInherited: true,
      addresses: [expect.objectContaining({ city: 'Berlin' })],
    });
    const own = (
      await env.app.inject({
        method: 'PATCH',
        url: `/api/contacts/${body.id}`,
        headers: as(env.admin),
        payload: { version: body.version, addresses: [{ type: 'private', city: 'Potsdam' }] },
      })
    ).json();
    expect(own).toMatchObject({
      addressesInherited: false,
      addresses: [expect.objectContaining({ city: 'Potsdam' })],
    });
    const atOrg = (
      await env.app.inject({ url: `/api/organizations/${org.id}/contacts`, headers: as(env.admin) })
    ).json().items;
    expect(atOrg.map((c: { name: string }) => c.name)).toEqual(['Anna Schneider']);
  });

  it('keeps the employment history when a person changes company', async () => {
    const old = await organization({ name: 'Alt AG' });
    const next = await organization({ name: 'Neu GmbH' });
    const person = (
      await contact({ lastName: 'Weber', employments: [{ organizationId: old.id, startDate: '2015-04-01' }] })
    ).json();
    const moved = await env.app.inject({
      method: 'PATCH',
      url: `/api/contacts/${person.id}`,
      headers: as(env.admin),
      payload: {
        version: person.version,
        employments: [
          { organizationId: old.id, startDate: '2015-04-01', endDate: '2023-06-30' },
          { organizationId: next.id, startDate: '2023-07-01', position: 'Leitung' },
        ],
      },
    });
    expect(moved.json()).toMatchObject({ organizationName: 'Neu GmbH', position: 'Leitung' });
    expect(moved.json().employments).toHaveLength(2);
    const history = (
      await env.app.inject({ url: `/api/contacts/${person.id}/history`, headers: as(env.admin) })
    ).json().items;
    expect(history.map((h: { field: string }) => h.field)).toEqual(['employments']);
  });

  it('allows one main contact per organisation', async () => {
    const org = await organization({ name: 'Eins GmbH' });
    await contact({ lastName: 'Erster', employments: [{ organizationId: org.id, isMainContact: true }] });
    const second = await contact({
      lastName: 'Zweiter',
      employments: [{ organizationId: org.id, isMainContact: true }],
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().errors[0].path).toBe('employments.0.isMainContact');
    expect(await names('')).toEqual(['Erster']);
  });

  it('filters by birthday in the filter language: exactly March 1970', async () => {
    for (const [lastName, birthday] of [
      ['Februar', '1970-02-28'],
      ['Anfang', '1970-03-01'],
      ['Ende', '1970-03-31'],
      ['April', '1970-04-01'],
    ]) {
      await contact({ lastName, birthday });
    }
    expect((await names(`filter[birthday]=${encodeURIComponent('>=1.3.1970&<1.4.1970')}`)).sort()).toEqual([
      'Anfang',
      'Ende',
    ]);
  });

  it('finds Müller and Meier with Mül*|Mei*, by surname', async () => {
    for (const [firstName, lastName] of [
      ['Hans', 'Müller'],
      ['Eva', 'Meier'],
      ['Mülli', 'Schmidt'],
    ]) {
      await contact({ firstName, lastName });
    }
    expect((await names(`filter[name]=${encodeURIComponent('Mül*|Mei*')}`)).sort()).toEqual([
      'Eva Meier',
      'Hans Müller',
    ]);
    expect(await names('sort=-name')).toEqual(['Mülli Schmidt', 'Hans Müller', 'Eva Meier']);
  });

  it('rejects an employment at an organisation the user may not see', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const other = await userWithRole(env.app, env.admin, 'sales', 'other@example.de');
    const hidden = (await post('/api/organizations', { name: 'Versteckt' }, other)).json();
    const response = await contact({ lastName: 'X', employments: [{ organizationId: hidden.id }] }, sales);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('employments.0.organizationId');
  });

  it('answers stale versions with 409', async () => {
    const person = (await contact({ lastName: 'Alt' })).json();
    const patch = (payload: object) =>
      env.app.inject({ method: 'PATCH', url: `/api/contacts/${person.id}`, headers: as(env.admin), payload });
    expect((await patch({ version: person.version, lastName: 'Neu' })).statusCode).toBe(200);
    expect((await patch({ version: person.version, lastName: 'Überschrieben' })).statusCode).toBe(409);
  });
});

describe('duplicate candidates', () => {
  const env = freshAdminAppPerTest();
  const post = (url: string, payload: object) =>
    env.app.inject({ method: 'POST', url, headers: as(env.admin), payload });
  const candidates = async (url: string) =>
    (await env.app.inject({ url, headers: as(env.admin) })).json().items;

  it('finds a contact by e-mail, phone, or the same name in the same city', async () => {
    const org = (
      await post('/api/organizations', { name: 'Firma', addresses: [{ city: 'München' }] })
    ).json();
    const existing = (
      await post('/api/contacts', {
        firstName: 'Jürgen',
        lastName: 'Müller',
        emails: [{ address: 'J.Mueller@Firma.de' }],
        phones: [{ number: '089 1234567' }],
        employments: [{ organizationId: org.id }],
      })
    ).json();
    const byEmail = await candidates('/api/contacts/duplicates?email=j.mueller%40firma.DE');
    expect(byEmail).toEqual([{ contact: expect.objectContaining({ id: existing.id }), reasons: ['email'] }]);
    expect(
      (await candidates(`/api/contacts/duplicates?phone=${encodeURIComponent('+49 (0)89 123 45 67')}`))[0]
        .reasons,
    ).toEqual(['phone']);
    expect(
      (
        await candidates(`/api/contacts/duplicates?firstName=J%C3%BCrgen&lastName=Mueller&city=M%C3%BCnchen`)
      )[0].reasons,
    ).toEqual(['name']);
    expect(
      await candidates('/api/contacts/duplicates?firstName=J%C3%BCrgen&lastName=M%C3%BCller&city=Berlin'),
    ).toEqual([]);
    expect(
      await candidates(`/api/contacts/duplicates?email=j.mueller%40firma.de&excludeId=${existing.id}`),
    ).toEqual([]);
  });

  it('finds an organisation by VAT id, or by its name core in the same city', async () => {
    const existing = (
      await post('/api/organizations', {
        name: 'Müller Maschinenbau GmbH',
        vatId: 'DE136695976',
        addresses: [{ city: 'Köln' }],
      })
    ).json();
    const byName = await candidates(
      `/api/organizations/duplicates?name=${encodeURIComponent('MUELLER Maschinenbau KG')}&city=K%C3%B6ln`,
    );
    expect(byName).toEqual([
      { organization: expect.objectContaining({ id: existing.id }), reasons: ['name'] },
    ]);
    expect((await candidates('/api/organizations/duplicates?vatId=DE%20136%20695%20976'))[0].reasons).toEqual(
      ['vatId'],
    );
    expect(
      await candidates(
        `/api/organizations/duplicates?name=${encodeURIComponent('Müller Maschinenbau GmbH')}&city=Bonn`,
      ),
    ).toEqual([]);
  });
});

describe('merging duplicates', () => {
  const env = freshAdminAppPerTest();
  const post = (url: string, payload: object, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'POST', url, headers: as(session), payload });
  const get = async (url: string) => (await env.app.inject({ url, headers: as(env.admin) })).json();

  it('merges two contacts in one step, moving every link and keeping both histories', async () => {
    const org = (await post('/api/organizations', { name: 'Firma' })).json();
    const keep = (
      await post('/api/contacts', { lastName: 'Müller', emails: [{ address: 'a@x.de' }], tags: ['VIP'] })
    ).json();
    const dupe = (
      await post('/api/contacts', {
        firstName: 'Jürgen',
        lastName: 'Mueller',
        birthday: '1970-03-05',
        emails: [{ address: 'A@x.de' }, { address: 'privat@y.de' }],
        phones: [{ number: '0221 555' }],
        employments: [{ organizationId: org.id, isMainContact: true }],
        tags: ['Messe'],
      })
    ).json();
    await env.app.inject({
      method: 'PATCH',
      url: `/api/contacts/${dupe.id}`,
      headers: as(env.admin),
      payload: { version: dupe.version, title: 'Dr.' },
    });
    const dupeNow = await get(`/api/contacts/${dupe.id}`);

    const merged = await post('/api/contacts/merge', {
      keepId: keep.id,
      keepVersion: keep.version,
      mergeId: dupe.id,
      mergeVersion: dupeNow.version,
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({
      id: keep.id,
      lastName: 'Müller',
      firstName: 'Jürgen',
      title: 'Dr.',
      birthday: '1970-03-05',
      organizationId: org.id,
      tags: ['VIP', 'Messe'],
      emails: [
        expect.objectContaining({ address: 'a@x.de' }),
        expect.objectContaining({ address: 'privat@y.de' }),
      ],
      phones: [expect.objectContaining({ number: '0221 555' })],
    });
    expect(
      (await env.app.inject({ url: `/api/contacts/${dupe.id}`, headers: as(env.admin) })).statusCode,
    ).toBe(404);
    const history = (await get(`/api/contacts/${keep.id}/history`)).items.map(
      (h: { field: string }) => h.field,
    );
    expect(history).toContain('mergedFrom');
    expect(history).toContain('title');
  });

  it('refuses stale versions and merging a record into itself, changing nothing', async () => {
    const a = (await post('/api/contacts', { lastName: 'A' })).json();
    const b = (await post('/api/contacts', { lastName: 'B' })).json();
    expect(
      (
        await post('/api/contacts/merge', {
          keepId: a.id,
          keepVersion: a.version + 1,
          mergeId: b.id,
          mergeVersion: b.version,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await post('/api/contacts/merge', {
          keepId: a.id,
          keepVersion: a.version,
          mergeId: a.id,
          mergeVersion: a.version,
        })
      ).statusCode,
    ).toBe(400);
    const sales = await userWithRole(env.app, env.admin, 'sales');
    expect(
      (
        await post(
          '/api/contacts/merge',
          { keepId: a.id, keepVersion: a.version, mergeId: b.id, mergeVersion: b.version },
          sales,
        )
      ).statusCode,
    ).toBe(403);
    expect((await get(`/api/contacts/${b.id}`)).id).toBe(b.id);
  });

  it('merges organisations: contacts, children, numbers and relationships move to the kept one', async () => {
    const keep = (
      await post('/api/organizations', { name: 'Müller GmbH', relationships: ['prospect'] })
    ).json();
    const dupe = (
      await post('/api/organizations', {
        name: 'Mueller GmbH',
        relationships: ['customer'],
        industry: 'Handel',
      })
    ).json();
    const child = (await post('/api/organizations', { name: 'Tochter', parentId: dupe.id })).json();
    const person = (
      await post('/api/contacts', { lastName: 'X', employments: [{ organizationId: dupe.id }] })
    ).json();
    const merged = await post('/api/organizations/merge', {
      keepId: keep.id,
      keepVersion: keep.version,
      mergeId: dupe.id,
      mergeVersion: dupe.version,
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({
      relationships: ['prospect', 'customer'],
      customerNumber: dupe.customerNumber,
      industry: 'Handel',
    });
    expect((await get(`/api/organizations/${child.id}`)).parentId).toBe(keep.id);
    expect((await get(`/api/contacts/${person.id}`)).organizationId).toBe(keep.id);
  });
});
