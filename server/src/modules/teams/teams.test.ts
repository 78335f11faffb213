import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  as,
  type BrowserSession,
  createTestApp,
  setupAdmin,
  type TestApp,
  userWithRole,
} from '../../../test/harness.js';

describe('teams', () => {
  let t: TestApp;
  let admin: BrowserSession;
  beforeEach(async () => {
    t = await createTestApp();
    admin = await setupAdmin(t.app);
  });
  afterEach(() => t.close());

  it('creates, renames, sets members and deletes a team', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: as(admin),
      payload: { name: 'Vertrieb Süd', memberIds: [admin.userId] },
    });
    expect(created.statusCode).toBe(201);
    const team = created.json();
    expect(team.members).toEqual([expect.objectContaining({ id: admin.userId })]);

    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `/api/teams/${team.id}`,
      headers: as(admin),
      payload: { version: team.version, name: 'Vertrieb Bayern', memberIds: [] },
    });
    expect(renamed.json()).toMatchObject({ name: 'Vertrieb Bayern', members: [] });

    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/teams/${team.id}`,
      headers: as(admin),
      payload: { version: team.version, name: 'Alt' },
    });
    expect(stale.statusCode).toBe(409);

    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/teams/${team.id}`, headers: as(admin) })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ url: `/api/teams/${team.id}`, headers: as(admin) })).statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/teams/${team.id}`, headers: as(admin) })).statusCode,
    ).toBe(404);
  });

  it('refuses duplicate names and unknown members', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: as(admin),
      payload: { name: 'Service' },
    });
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: as(admin),
      payload: { name: 'Service' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].path).toBe('name');
    const ghost = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: as(admin),
      payload: { name: 'Geister', memberIds: ['ghost'] },
    });
    expect(ghost.statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/teams', headers: as(admin) })).json().items).toHaveLength(1);
  });

  it('lets a manager read but not change teams', async () => {
    const manager = await userWithRole(t.app, admin, 'manager');
    expect((await t.app.inject({ url: '/api/teams', headers: as(manager) })).statusCode).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/teams',
          headers: as(manager),
          payload: { name: 'X' },
        })
      ).statusCode,
    ).toBe(403);
  });
});
