import { describe, expect, it } from 'vitest';
import { as, freshAdminAppPerTest } from '../../../test/harness.js';

// The city column of the contact list shows the own city, else the employer's (M3); its filter
// and sort read a stored folded key that must follow every change that moves the shown city.
describe('contact list city filter', () => {
  const env = freshAdminAppPerTest();

  const send = async (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) => {
    const response = await env.app.inject({ method, url, headers: as(env.admin), payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.statusCode === 204 ? undefined : response.json();
  };
  const namesIn = async (query: string) => {
    const response = await env.app.inject({ url: `/api/contacts?${query}`, headers: as(env.admin) });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items.map((c: { lastName: string }) => c.lastName);
  };
  const inCity = (filter: string) => namesIn(`filter[city]=${encodeURIComponent(filter)}&sort=lastName`);

  it('matches own and inherited cities, ignoring case and umlaut spelling', async () => {
    const org = await send('POST', '/api/organizations', {
      name: 'Isar AG',
      addresses: [{ city: 'München' }],
    });
    await send('POST', '/api/contacts', {
      lastName: 'Angestellt',
      employments: [{ organizationId: org.id }],
    });
    await send('POST', '/api/contacts', {
      lastName: 'Eigen',
      addresses: [{ type: 'private', city: 'MÜNCHEN' }],
    });
    await send('POST', '/api/contacts', {
      lastName: 'Woanders',
      addresses: [{ type: 'private', city: 'Köln' }],
    });

    expect(await inCity('münchen')).toEqual(['Angestellt', 'Eigen']);
    expect(await inCity('Muenchen')).toEqual(['Angestellt', 'Eigen']);
    expect(await inCity('Mün*')).toEqual(['Angestellt', 'Eigen']);
    expect(await inCity('!München')).toEqual(['Woanders']);
    // Descending by the folded key: "muenchen" before "koeln".
    const descending = await namesIn('sort=-city');
    expect(descending.slice(0, 2).sort()).toEqual(['Angestellt', 'Eigen']);
    expect(descending[2]).toBe('Woanders');
  });

  it('follows the employer when its address changes, and an own address overrides it', async () => {
    const org = await send('POST', '/api/organizations', {
      name: 'Wander GmbH',
      addresses: [{ city: 'Bonn' }],
    });
    const person = await send('POST', '/api/contacts', {
      lastName: 'Pendler',
      employments: [{ organizationId: org.id }],
    });
    expect(await inCity('Bonn')).toEqual(['Pendler']);

    await send('PATCH', `/api/organizations/${org.id}`, {
      version: org.version,
      addresses: [{ city: 'Köln' }],
    });
    expect(await inCity('Bonn')).toEqual([]);
    expect(await inCity('Köln')).toEqual(['Pendler']);

    await send('PATCH', `/api/contacts/${person.id}`, {
      version: person.version,
      addresses: [{ type: 'private', city: 'Siegburg' }],
    });
    expect(await inCity('Köln')).toEqual([]);
    expect(await inCity('Siegburg')).toEqual(['Pendler']);
  });

  it('forgets the inherited city when the employer is deleted or merged away', async () => {
    const gone = await send('POST', '/api/organizations', { name: 'Weg GmbH', addresses: [{ city: 'Ulm' }] });
    const kept = await send('POST', '/api/organizations', {
      name: 'Bleib GmbH',
      addresses: [{ city: 'Jena' }],
    });
    const moved = await send('POST', '/api/organizations', {
      name: 'Zieh GmbH',
      addresses: [{ city: 'Gera' }],
    });
    await send('POST', '/api/contacts', { lastName: 'Verwaist', employments: [{ organizationId: gone.id }] });
    await send('POST', '/api/contacts', {
      lastName: 'Umgezogen',
      employments: [{ organizationId: moved.id }],
    });

    await send('DELETE', `/api/organizations/${gone.id}`);
    expect(await inCity('Ulm')).toEqual([]);
    expect(await namesIn('filter[city]=%3D&filter[lastName]=Verwaist')).toEqual(['Verwaist']);

    await send('POST', '/api/organizations/merge', {
      keepId: kept.id,
      keepVersion: kept.version,
      mergeId: moved.id,
      mergeVersion: moved.version,
    });
    expect(await inCity('Gera')).toEqual([]);
    expect(await inCity('Jena')).toEqual(['Umgezogen']);
  });
});
