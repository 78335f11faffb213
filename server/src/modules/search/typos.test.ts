import { describe, expect, it } from 'vitest';
import { as, type BrowserSession, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';

type Result = { groups: { type: string; items: { title: string; subtitle: string | null }[] }[] };

describe('global search: typos and ranking', () => {
  const env = freshAdminAppPerTest();
  const post = (url: string, payload: object, session: BrowserSession = env.admin) =>
    env.app.inject({ method: 'POST', url, headers: as(session), payload });
  const search = async (q: string, session: BrowserSession = env.admin, limit = 5): Promise<Result> =>
    (
      await env.app.inject({
        url: `/api/search?q=${encodeURIComponent(q)}&limit=${limit}`,
        headers: as(session),
      })
    ).json();
  const titles = (result: Result, type: string) =>
    result.groups.find((g) => g.type === type)?.items.map((i) => i.title) ?? [];
  const contact = (firstName: string, lastName: string, session?: BrowserSession) =>
    post('/api/contacts', { firstName, lastName }, session);

  it('finds words with a typo: one from 4 letters, two from 8, in any umlaut spelling', async () => {
    await contact('Anna', 'Müller');
    await contact('Peter', 'Schmidt');
    await contact('Ida', 'Mühlenbeck');
    for (const q of ['Mülller', 'Mueler', 'Muler', 'Mulelr'])
      expect(titles(await search(q), 'contact'), q).toEqual(['Anna Müller']);
    expect(titles(await search('Schmitt'), 'contact')).toEqual(['Peter Schmidt']);
    expect(titles(await search('peter schmitt'), 'contact')).toEqual(['Peter Schmidt']);
    expect(titles(await search('Mülenbekk'), 'contact')).toEqual(['Ida Mühlenbeck']);
  });

  it('allows no typo in short words and not more than allowed in longer ones', async () => {
    await contact('Udo', 'Ott');
    await contact('Anna', 'Müller');
    expect(titles(await search('Oto'), 'contact')).toEqual([]);
    expect(titles(await search('Ott'), 'contact')).toEqual(['Udo Ott']);
    // "Mxller" is one edit from muller; "Mxllxr" two, but a 6-letter word allows only one.
    expect(titles(await search('Mxller'), 'contact')).toEqual(['Anna Müller']);
    expect(titles(await search('Mxllxr'), 'contact')).toEqual([]);
  });

  it('ranks whole words before prefixes before typos', async () => {
    await contact('Erna', 'Mueller');
    await contact('Ben', 'Muellerschön');
    await contact('Carl', 'Meuller');
    expect(titles(await search('Müller'), 'contact')).toEqual([
      'Erna Mueller',
      'Ben Muellerschön',
      'Carl Meuller',
    ]);
    expect(titles(await search('Müller', env.admin, 2), 'contact')).toEqual([
      'Erna Mueller',
      'Ben Muellerschön',
    ]);
  });

  it('shows nobody a record they may not see, whether found exactly, by prefix or by typo', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const other = await userWithRole(env.app, env.admin, 'sales', 'other@example.de');
    await contact('Greta', 'Geheimrat', other);
    await post('/api/organizations', { name: 'Geheimrat Consulting' }, other);
    for (const q of ['Geheimrat', 'Geheim', 'Geheimrad']) {
      expect(titles(await search(q, other), 'contact'), q).toEqual(['Greta Geheimrat']);
      expect((await search(q, sales)).groups, q).toEqual([]);
    }
  });

  it('gives an empty result for punctuation only, and 400 for a limit out of range', async () => {
    expect((await search('!!')).groups).toEqual([]);
    const response = await env.app.inject({ url: '/api/search?q=abc&limit=99', headers: as(env.admin) });
    expect(response.statusCode).toBe(400);
  });
});
