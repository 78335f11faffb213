import { describe, expect, it } from 'vitest';
import { as, freshAdminAppPerTest } from '../../../test/harness.js';

type Result = { groups: { type: string; items: { id: string; title: string; subtitle: string | null }[] }[] };

describe('global search index', () => {
  const env = freshAdminAppPerTest();
  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    env.app.inject({ method, url, headers: as(env.admin), payload });
  const search = async (q: string): Promise<Result> =>
    (await env.app.inject({ url: `/api/search?q=${encodeURIComponent(q)}`, headers: as(env.admin) })).json();
  const items = (result: Result, type: string) => result.groups.find((g) => g.type === type)?.items ?? [];
  const vocabulary = async (...terms: string[]) =>
    (
      await env.database.db
        .selectFrom('search_vocabulary')
        .select('term')
        .where('term', 'in', terms)
        .orderBy('term')
        .execute()
    ).map((row) => row.term);
  const typoKeysOf = async (term: string) =>
    (await env.database.db.selectFrom('search_typo_keys').select('key').where('term', '=', term).execute())
      .length;

  it('shows a renamed employer in the subtitles of its current contacts, not of former ones', async () => {
    const org = (await send('POST', '/api/organizations', { name: 'Altwerk GmbH' })).json();
    const other = (await send('POST', '/api/organizations', { name: 'Andere AG' })).json();
    for (const lastName of ['Eins', 'Zwei', 'Drei'])
      await send('POST', '/api/contacts', {
        firstName: 'Kai',
        lastName,
        addresses: [{ city: 'Köln' }],
        employments: [{ organizationId: org.id }],
      });
    await send('POST', '/api/contacts', {
      firstName: 'Kai',
      lastName: 'Vier',
      employments: [{ organizationId: other.id }],
    });
    expect(items(await search('kai eins'), 'contact')[0]?.subtitle).toBe('Altwerk GmbH · Köln');
    const renamed = await send('PATCH', `/api/organizations/${org.id}`, {
      version: org.version,
      name: 'Neuwerk GmbH',
    });
    expect(renamed.statusCode).toBe(200);
    const subtitles = items(await search('kai'), 'contact').map((i) => `${i.title}: ${i.subtitle}`);
    expect(subtitles.sort()).toEqual([
      'Kai Drei: Neuwerk GmbH · Köln',
      'Kai Eins: Neuwerk GmbH · Köln',
      'Kai Vier: Andere AG',
      'Kai Zwei: Neuwerk GmbH · Köln',
    ]);
  });

  it('moves subtitles to the kept organisation on a merge', async () => {
    const keep = (await send('POST', '/api/organizations', { name: 'Bleibt GmbH' })).json();
    const gone = (await send('POST', '/api/organizations', { name: 'Geht GmbH' })).json();
    await send('POST', '/api/contacts', {
      firstName: 'Lea',
      lastName: 'Wechsel',
      employments: [{ organizationId: gone.id }],
    });
    const merged = await send('POST', '/api/organizations/merge', {
      keepId: keep.id,
      keepVersion: keep.version,
      mergeId: gone.id,
      mergeVersion: gone.version,
    });
    expect(merged.statusCode).toBe(200);
    expect(items(await search('wechsel'), 'contact')[0]?.subtitle).toBe('Bleibt GmbH');
    expect(items(await search('geht'), 'organization')).toEqual([]);
    expect(await vocabulary('geht', 'bleibt')).toEqual(['bleibt']);
  });

  it('keeps the typo vocabulary to the terms records use', async () => {
    const first = (
      await send('POST', '/api/contacts', { firstName: 'Olga', lastName: 'Quastenberg' })
    ).json();
    const second = (
      await send('POST', '/api/contacts', { firstName: 'Olga', lastName: 'Quastenberg' })
    ).json();
    expect(await vocabulary('olga', 'quastenberg')).toEqual(['olga', 'quastenberg']);
    // 11 letters: the term, 11 single and (distinct) double deletions.
    expect(await typoKeysOf('quastenberg')).toBeGreaterThan(50);
    await send('DELETE', `/api/contacts/${first.id}`);
    expect(await vocabulary('olga', 'quastenberg')).toEqual(['olga', 'quastenberg']);
    await send('PATCH', `/api/contacts/${second.id}`, { version: second.version, lastName: 'Quastendorf' });
    expect(await vocabulary('quastenberg', 'quastendorf')).toEqual(['quastendorf']);
    expect(await typoKeysOf('quastenberg')).toBe(0);
    expect(items(await search('Quastendorff'), 'contact').map((i) => i.title)).toEqual(['Olga Quastendorf']);
    await send('DELETE', `/api/contacts/${second.id}`);
    expect(await vocabulary('olga', 'quastendorf')).toEqual([]);
    expect(await typoKeysOf('quastendorf')).toBe(0);
    expect((await search('Quastendorff')).groups).toEqual([]);
  });

  it("rewrites a saved record's document when what it shows or its owner changed", async () => {
    const documentOf = (id: string) =>
      env.database.db
        .selectFrom('search_documents')
        .select(['owner_id', 'title', 'subtitle'])
        .where('record_type', '=', 'contact')
        .where('record_id', '=', id)
        .executeTakeFirst();
    const created = (await send('POST', '/api/contacts', { firstName: 'Ina', lastName: 'Ostermann' })).json();
    expect(await documentOf(created.id)).toEqual({
      owner_id: env.admin.userId,
      title: 'Ina Ostermann',
      subtitle: null,
    });
    const tagged = await send('PATCH', `/api/contacts/${created.id}`, {
      version: created.version,
      tags: ['vip'],
    });
    expect(tagged.statusCode).toBe(200);
    expect((await documentOf(created.id))?.title).toBe('Ina Ostermann');
    const ownerless = await send('PATCH', `/api/contacts/${created.id}`, {
      version: tagged.json().version,
      ownerId: null,
    });
    expect(ownerless.statusCode, ownerless.body).toBe(200);
    expect(await documentOf(created.id)).toEqual({ owner_id: null, title: 'Ina Ostermann', subtitle: null });
    const moved = await send('PATCH', `/api/contacts/${created.id}`, {
      version: ownerless.json().version,
      addresses: [{ city: 'Kiel' }],
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await documentOf(created.id)).toEqual({
      owner_id: null,
      title: 'Ina Ostermann',
      subtitle: 'Kiel',
    });
    expect(items(await search('Ostermann'), 'contact').map((i) => i.subtitle)).toEqual(['Kiel']);
  });
});
