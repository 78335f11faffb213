import { describe, expect, it } from 'vitest';
import { as, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';

// A sales user (team visibility, in no team: sees own records only) may give a record to a
// colleague; the write answers with what was written, and from then on the record is hidden.
describe.each(['organizations', 'contacts'])('handing %s over to a colleague out of sight', (type) => {
  const env = freshAdminAppPerTest();
  const payload = type === 'organizations' ? { name: 'Übergabe GmbH' } : { lastName: 'Übergabe' };

  it('creates and changes, answers with the written record, then hides it', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales', 'abgabe@example.de');
    const colleague = await userWithRole(env.app, env.admin, 'sales', 'nimmt@example.de');
    const colleagueId = (await env.app.inject({ url: '/api/users/me', headers: as(colleague) })).json().id;

    const created = await env.app.inject({
      method: 'POST',
      url: `/api/${type}`,
      headers: as(sales),
      payload: { ...payload, ownerId: colleagueId },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ ownerId: colleagueId });
    expect(
      (await env.app.inject({ url: `/api/${type}/${created.json().id}`, headers: as(sales) })).statusCode,
    ).toBe(404);

    const own = (
      await env.app.inject({ method: 'POST', url: `/api/${type}`, headers: as(sales), payload })
    ).json();
    const handed = await env.app.inject({
      method: 'PATCH',
      url: `/api/${type}/${own.id}`,
      headers: as(sales),
      payload: { version: own.version, ownerId: colleagueId },
    });
    expect(handed.statusCode, handed.body).toBe(200);
    expect(handed.json()).toMatchObject({ id: own.id, ownerId: colleagueId });
    expect((await env.app.inject({ url: `/api/${type}/${own.id}`, headers: as(sales) })).statusCode).toBe(
      404,
    );
  });
});
