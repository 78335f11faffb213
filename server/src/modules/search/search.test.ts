import { describe, expect, it } from 'vitest';
import { as, type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';

describe('global search', () => {
  const env = freshAdminAppPerTest();
  const post = (url: string, payload: object, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'POST', url, headers: as(session), payload });
  const search = async (q: string, session: BrowserSession = env.admin) =>
    (await env.app.inject({ url: `/api/search?q=${encodeURIComponent(q)}`, headers: as(session) })).json();
  const titles = (result: { groups: { type: string; items: { title: string }[] }[] }, type: string) =>
    result.groups.find((g) => g.type === type)?.items.map((i) => i.title) ?? [];

  it('finds Müller as Mueller, muller and by prefix, grouped by type', async () => {
    const org = (
      await post('/api/organizations', { name: 'Müller Maschinenbau GmbH', addresses: [{ city: 'Köln' }] })
    ).json();
    await post('/api/contacts', {
      firstName: 'Anna',
      lastName: 'Mueller',
      employments: [{ organizationId: org.id }],
    });
    await post('/api/contacts', { firstName: 'Otto', lastName: 'Meier' });
    for (const q of ['Müller', 'mueller', 'muller', 'Mül']) {
      const result = await search(q);
      expect(titles(result, 'organization'), q).toEqual(['Müller Maschinenbau GmbH']);
      expect(titles(result, 'contact'), q).toEqual(['Anna Mueller']);
    }
    expect(titles(await search('anna mül'), 'contact')).toEqual(['Anna Mueller']);
    expect(titles(await search('koeln masch'), 'organization')).toEqual(['Müller Maschinenbau GmbH']);
    expect((await search('zzz')).groups).toEqual([]);
  });

  it('follows renames, deletes and merges', async () => {
    const org = (await post('/api/organizations', { name: 'Altname AG' })).json();
    await env.app.inject({
      method: 'PATCH',
      url: `/api/organizations/${org.id}`,
      headers: as(env.admin),
      payload: { version: org.version, name: 'Neuname AG' },
    });
    expect(titles(await search('altname'), 'organization')).toEqual([]);
    expect(titles(await search('neuname'), 'organization')).toEqual(['Neuname AG']);
    await env.app.inject({ method: 'DELETE', url: `/api/organizations/${org.id}`, headers: as(env.admin) });
    expect(titles(await search('neuname'), 'organization')).toEqual([]);
  });

  it('shows nobody a record they may not see', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const other = await userWithRole(env.app, env.admin, 'sales', 'other@example.de');
    await post('/api/organizations', { name: 'Geheimkunde GmbH' }, other);
    expect(titles(await search('geheim', other), 'organization')).toEqual(['Geheimkunde GmbH']);
    expect(titles(await search('geheim', sales), 'organization')).toEqual([]);
  });

  it('answers an empty or oversized query with 400', async () => {
    expect((await env.app.inject({ url: '/api/search?q=', headers: as(env.admin) })).statusCode).toBe(400);
    expect(
      (await env.app.inject({ url: `/api/search?q=${'x'.repeat(300)}`, headers: as(env.admin) })).statusCode,
    ).toBe(400);
  });
});
