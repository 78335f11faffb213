import { describe, expect, it } from 'vitest';
import { as, freshAdminAppPerTest, userWithRole } from '../../../test/harness.js';

describe('user administration', () => {
  const env = freshAdminAppPerTest();

  const createUser = (payload: object, session = env.admin) =>
    env.app.inject({ method: 'POST', url: '/api/users', headers: as(session), payload });

  it('invites a user who then sets a password once and is logged in', async () => {
    const created = await createUser({ email: 'Lea.Fischer@Example.de', name: 'Lea Fischer', role: 'sales' });
    expect(created.statusCode).toBe(201);
    const { user, invitationPath } = created.json();
    expect(user).toMatchObject({ email: 'lea.fischer@example.de', invitationPending: true, role: 'sales' });
    const token = String(invitationPath).replace('/invitation/', '');

    const cannotLogin = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'lea.fischer@example.de', password: 'irgendein-passwort' },
    });
    expect(cannotLogin.statusCode).toBe(401);

    expect((await env.app.inject(`/api/invitations/${token}`)).json()).toEqual({
      email: 'lea.fischer@example.de',
      name: 'Lea Fischer',
    });
    const accepted = await env.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}`,
      payload: { password: 'lea-ihr-passwort' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user.invitationPending).toBe(false);
    expect(accepted.cookies.some((c) => c.name === 'kontor_session')).toBe(true);

    expect((await env.app.inject(`/api/invitations/${token}`)).statusCode).toBe(404);
    const reused = await env.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}`,
      payload: { password: 'noch-ein-passwort' },
    });
    expect(reused.statusCode).toBe(404);
  });

  it('stores invitation and API secrets only as digests', async () => {
    const { invitationPath } = (await createUser({ email: 'x@example.de', name: 'X', role: 'sales' })).json();
    const token = String(invitationPath).replace('/invitation/', '');
    const rows = await env.database.db.selectFrom('invitations').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('refuses a second user with the same e-mail, whatever its case', async () => {
    await createUser({
      email: 'dup@example.de',
      name: 'A',
      role: 'sales',
      password: 'ein-sicheres-passwort',
    });
    const again = await createUser({ email: 'DUP@example.de', name: 'B', role: 'sales' });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors).toEqual([{ path: 'email', message: expect.any(String) }]);
  });

  it('changes role and teams with the version read, and answers a stale version with 409', async () => {
    const team = (
      await env.app.inject({
        method: 'POST',
        url: '/api/teams',
        headers: as(env.admin),
        payload: { name: 'Vertrieb Nord' },
      })
    ).json();
    const { user } = (
      await createUser({
        email: 'j.weber@example.de',
        name: 'Jonas Weber',
        role: 'sales',
        password: 'ein-sicheres-passwort',
      })
    ).json();

    const changed = await env.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: as(env.admin),
      payload: { version: user.version, role: 'manager', teamIds: [team.id] },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      role: 'manager',
      teams: [{ id: team.id, name: 'Vertrieb Nord' }],
      version: user.version + 1,
    });

    const stale = await env.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: as(env.admin),
      payload: { version: user.version, name: 'Überschrieben' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().type).toBe('urn:kontor:problem:stale-version');
    expect((await env.app.inject({ url: `/api/users/${user.id}`, headers: as(env.admin) })).json().name).toBe(
      'Jonas Weber',
    );
  });

  it('rejects unknown teams without changing anything', async () => {
    const { user } = (
      await createUser({ email: 'a@example.de', name: 'A', role: 'sales', password: 'ein-sicheres-passwort' })
    ).json();
    const response = await env.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: as(env.admin),
      payload: { version: user.version, role: 'manager', teamIds: ['nope'] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('teamIds.0');
    expect((await env.app.inject({ url: `/api/users/${user.id}`, headers: as(env.admin) })).json().role).toBe(
      'sales',
    );
  });

  it('forbids changing the own role or deactivating oneself', async () => {
    const me = (await env.app.inject({ url: '/api/users/me', headers: as(env.admin) })).json();
    const demote = await env.app.inject({
      method: 'PATCH',
      url: `/api/users/${me.id}`,
      headers: as(env.admin),
      payload: { version: me.version, role: 'sales' },
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().type).toBe('urn:kontor:problem:own-role');
    const self = await env.app.inject({
      method: 'PATCH',
      url: `/api/users/${me.id}`,
      headers: as(env.admin),
      payload: { version: me.version, active: false },
    });
    expect(self.statusCode).toBe(409);
    expect(self.json().type).toBe('urn:kontor:problem:self-deactivation');
  });

  it('lets only admins grant or remove the admin role, even to a user manager', async () => {
    // A custom role that may manage users but is no admin.
    await env.database.db
      .updateTable('roles')
      .set({ permissions: '["users.read","users.manage","tokens.own"]' })
      .where('key', '=', 'manager')
      .execute();
    const manager = await userWithRole(env.app, env.admin, 'manager');
    const elevate = await createUser(
      { email: 'puppet@example.de', name: 'Puppet', role: 'admin', password: 'ein-sicheres-passwort' },
      manager,
    );
    expect(elevate.statusCode).toBe(403);
    expect(elevate.json().type).toBe('urn:kontor:problem:admin-role-admins-only');
    const me = (await env.app.inject({ url: '/api/users/me', headers: as(manager) })).json();
    const self = await env.app.inject({
      method: 'PATCH',
      url: `/api/users/${me.id}`,
      headers: as(manager),
      payload: { version: me.version, role: 'admin' },
    });
    expect(self.statusCode).toBe(409);
    const adminRow = (
      await env.app.inject({ url: `/api/users/${env.admin.userId}`, headers: as(manager) })
    ).json();
    const demoteAdmin = await env.app.inject({
      method: 'PATCH',
      url: `/api/users/${env.admin.userId}`,
      headers: as(manager),
      payload: { version: adminRow.version, role: 'sales' },
    });
    expect(demoteAdmin.statusCode).toBe(403);
    expect(
      (await createUser({ email: 'ok@example.de', name: 'Ok', role: 'sales' }, manager)).statusCode,
    ).toBe(201);
  });

  it('lets only users.manage create or change users', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    expect((await createUser({ email: 'y@example.de', name: 'Y', role: 'admin' }, sales)).statusCode).toBe(
      403,
    );
    expect((await env.app.inject({ url: '/api/users', headers: as(sales) })).statusCode).toBe(200);
    const readOnly = await userWithRole(env.app, env.admin, 'read-only');
    expect(
      (
        await env.app.inject({
          method: 'POST',
          url: '/api/tokens',
          headers: as(readOnly),
          payload: { name: 'x' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('uses an invitation exactly once, even when two browsers race', async () => {
    const { invitationPath } = (
      await createUser({ email: 'race@example.de', name: 'Race', role: 'sales' })
    ).json();
    const token = String(invitationPath).replace('/invitation/', '');
    const results = await Promise.all(
      ['passwort-nummer-eins', 'passwort-nummer-zwei', 'passwort-nummer-drei'].map((password) =>
        env.app.inject({ method: 'POST', url: `/api/invitations/${token}`, payload: { password } }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 404, 404]);
  });

  it('ends sessions and revokes API tokens on deactivation, for good', async () => {
    const sales = await userWithRole(env.app, env.admin, 'sales');
    const token = (
      await env.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: as(sales),
        payload: { name: 'Skript' },
      })
    ).json().token;
    const user = (await env.app.inject({ url: '/api/users/me', headers: as(sales) })).json();
    const off = (
      await env.app.inject({
        method: 'PATCH',
        url: `/api/users/${user.id}`,
        headers: as(env.admin),
        payload: { version: user.version, active: false },
      })
    ).json();
    await env.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: as(env.admin),
      payload: { version: off.version, active: true },
    });
    expect(
      (await env.app.inject({ url: '/api/users/me', headers: { authorization: `Bearer ${token}` } }))
        .statusCode,
    ).toBe(401);
    expect(
      (await env.app.inject({ url: '/api/users/me', headers: { cookie: sales.cookie } })).statusCode,
    ).toBe(401);
  });

  it('refuses a version beyond what the database can hold', async () => {
    const response = await env.app.inject({
      method: 'PATCH',
      url: `/api/users/${env.admin.userId}`,
      headers: as(env.admin),
      payload: { version: 2 ** 31, name: 'X' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('version');
  });

  it('saves language and colour scheme per user', async () => {
    const response = await env.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: as(env.admin),
      payload: { language: 'en', colorScheme: 'dark' },
    });
    expect(response.json()).toMatchObject({ language: 'en', colorScheme: 'dark' });
    const unknownField = await env.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: as(env.admin),
      payload: { role: 'admin' },
    });
    expect(unknownField.statusCode).toBe(400);
  });
});
