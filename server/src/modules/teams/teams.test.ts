import { describe, expect, it } from 'vitest';
import { as, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';

describe('teams', () => {
  const env = freshAdminAppPerTest();

  it('creates, renames, sets members and deletes a team', async () => {
    const created = await env.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: as(env.admin),
      payload: { name: 'Vertrieb Süd', memberIds: [env.admin.userId] },
    });
    expect(created.statusCode).toBe(201);
    const team = created.json();
    expect(team.members).toEqual([expect.objectContaining({ id: env.admin.userId })]);

    const renamed = await env.app.inject({
      method: 'PATCH',
      url: `/api/teams/${team.id}`,
      headers: as(env.admin),
      payload: { version: team.version, name: 'Vertrieb Bayern', memberIds: [] },
    });
    expect(renamed.json()).toMatchObject({ name: 'Vertrieb Bayern', members: [] });

    const stale = await env.app.inject({
      method: 'PATCH',
      url: `/api/teams/${team.id}`,
      headers: as(env.admin),
      payload: { version: team.version, name: 'Alt' },
    });
    expect(stale.statusCode).toBe(409);

    expect(
      (await env.app.inject({ method: 'DELETE', url: `/api/teams/${team.id}`, headers: as(env.admin) }))
        .statusCode,
    ).toBe(204);
    expect((await env.app.inject({ url: `/api/teams/${team.id}`, headers: as(env.admin) })).statusCode).toBe(
      404,
    );
    expect(
      (await env.app.inject({ method: 'DELETE', url: `/api/teams/${team.id}`, headers: as(env.admin) }))
        .statusCode,
    ).toBe(404);
  });

  it('refuses duplicate names and unknown members', async () => {
    await env.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: as(env.admin),
      payload: { name: 'Service' },
    });
    const dup = await env.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: as(env.admin),
      payload: { name: 'Service' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].path).toBe('name');
    const ghost = await env.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: as(env.admin),
      payload: { name: 'Geister', memberIds: ['ghost'] },
    });
    expect(ghost.statusCode).toBe(400);
    expect((await env.app.inject({ url: '/api/teams', headers: as(env.admin) })).json().items).toHaveLength(
      1,
    );
  });

  it('lets a manager read but not change teams', async () => {
    const manager = await userWithRole(env.app, env.admin, 'manager');
    expect((await env.app.inject({ url: '/api/teams', headers: as(manager) })).statusCode).toBe(200);
    expect(
      (
        await env.app.inject({
          method: 'POST',
          url: '/api/teams',
          headers: as(manager),
          payload: { name: 'X' },
        })
      ).statusCode,
    ).toBe(403);
  });
});
