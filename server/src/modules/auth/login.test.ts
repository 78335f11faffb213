import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ADMIN,
  as,
  createTestApp,
  login,
  setupAdmin,
  type TestApp,
  userWithRole,
} from '../../../test/harness.js';

describe('login, sessions and logout', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ loginAttempts: 3 });
    await setupAdmin(t.app);
  });
  afterEach(() => t.close());

  it('logs in case-insensitively by e-mail and returns the session', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: ` ${ADMIN.email.toUpperCase()} `, password: ADMIN.password },
    });
    expect(response.statusCode).toBe(200);
    const session = await login(t.app, ADMIN.email, ADMIN.password);
    const me = await t.app.inject({ url: '/api/auth/session', headers: { cookie: session.cookie } });
    expect(me.json()).toMatchObject({ user: { email: ADMIN.email }, csrfToken: session.csrfToken });
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: ADMIN.email, password: 'falsch-falsch' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@example.de', password: 'falsch-falsch' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.cookies).toHaveLength(0);
  });

  it('blocks an account after repeated failures, even with the right password', async () => {
    for (let i = 0; i < 3; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: ADMIN.email, password: 'falsch-falsch' },
      });
    }
    const blocked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: ADMIN.email, password: ADMIN.password },
    });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().detail).toMatch(/Minute/);
  });

  it('lets no more guesses through in parallel than one after another', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: ADMIN.email, password: i === 19 ? ADMIN.password : `falsch-${i}` },
        }),
      ),
    );
    const checked = attempts.filter((r) => r.statusCode !== 429);
    expect(checked.length).toBeLessThanOrEqual(3);
  });

  it('ignores X-Forwarded-For unless a proxy is configured as trusted', async () => {
    for (let i = 0; i < 5; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-for': `10.0.0.${i}` },
        payload: { email: `g${i}@example.de`, password: 'falsch-falsch' },
      });
    }
    const blocked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-for': '10.0.0.99' },
      payload: { email: 'g9@example.de', password: 'x' },
    });
    expect(blocked.statusCode).toBe(429);
  });

  it('blocks a client address that tries many accounts', async () => {
    for (let i = 0; i < 3; i++) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: `guess${i}@example.de`, password: 'falsch-falsch' },
      });
    }
    const blocked = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'guess9@example.de', password: 'x' },
    });
    expect(blocked.statusCode).toBe(429);
  });

  it('ends one session on logout and all sessions on logout everywhere', async () => {
    const first = await login(t.app, ADMIN.email, ADMIN.password);
    const second = await login(t.app, ADMIN.email, ADMIN.password);
    const third = await login(t.app, ADMIN.email, ADMIN.password);

    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: as(first) });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/users/me', headers: { cookie: first.cookie } })).statusCode).toBe(
      401,
    );
    expect(
      (await t.app.inject({ url: '/api/users/me', headers: { cookie: second.cookie } })).statusCode,
    ).toBe(200);

    expect(
      (await t.app.inject({ method: 'POST', url: '/api/auth/logout-all', headers: as(second) })).statusCode,
    ).toBe(204);
    expect(
      (await t.app.inject({ url: '/api/users/me', headers: { cookie: second.cookie } })).statusCode,
    ).toBe(401);
    expect((await t.app.inject({ url: '/api/users/me', headers: { cookie: third.cookie } })).statusCode).toBe(
      401,
    );
  });

  it('refuses cookie writes without the CSRF token or from a foreign origin', async () => {
    const session = await login(t.app, ADMIN.email, ADMIN.password);
    const payload = { name: 'Neuer Name' };
    const noToken = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: { cookie: session.cookie },
      payload,
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().type).toBe('urn:kontor:problem:csrf');
    const wrongToken = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: { ...as(session), 'x-csrf-token': 'guess' },
      payload,
    });
    expect(wrongToken.statusCode).toBe(403);
    const foreign = await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: { ...as(session), origin: 'https://evil.example' },
      payload,
    });
    expect(foreign.statusCode).toBe(403);
    expect(
      (await t.app.inject({ url: '/api/users/me', headers: { cookie: session.cookie } })).json().name,
    ).toBe(ADMIN.name);

    const ok = await t.app.inject({ method: 'PATCH', url: '/api/users/me', headers: as(session), payload });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().name).toBe('Neuer Name');
  });

  it('shuts out a deactivated user at once', async () => {
    const admin = await login(t.app, ADMIN.email, ADMIN.password);
    const sales = await userWithRole(t.app, admin, 'sales');
    const user = (await t.app.inject({ url: '/api/users/me', headers: { cookie: sales.cookie } })).json();
    const off = await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${user.id}`,
      headers: as(admin),
      payload: { version: user.version, active: false },
    });
    expect(off.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/users/me', headers: { cookie: sales.cookie } })).statusCode).toBe(
      401,
    );
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'sales@example.de', password: 'ein-sicheres-passwort' },
    });
    expect(again.statusCode).toBe(401);
  });

  it('moves the cookie expiry along when a session is extended', async () => {
    const session = await login(t.app, ADMIN.email, ADMIN.password);
    const fresh = await t.app.inject({ url: '/api/users/me', headers: { cookie: session.cookie } });
    expect(fresh.cookies).toHaveLength(0);
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    await t.database.db.updateTable('sessions').set({ last_seen_at: hourAgo }).execute();
    const renewed = await t.app.inject({ url: '/api/users/me', headers: { cookie: session.cookie } });
    const cookie = renewed.cookies.find((c) => c.name === 'kontor_session');
    expect(cookie?.value).toBe(session.cookie.replace('kontor_session=', ''));
    expect(cookie?.expires?.getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
  });

  it('ends the other sessions on a password change and allows it only in a browser session', async () => {
    const session = await login(t.app, ADMIN.email, ADMIN.password);
    const other = await login(t.app, ADMIN.email, ADMIN.password);
    const { token } = (
      await t.app.inject({
        method: 'POST',
        url: '/api/tokens',
        headers: as(session),
        payload: { name: 'Skript' },
      })
    ).json();
    const viaToken = await t.app.inject({
      method: 'POST',
      url: '/api/users/me/password',
      headers: { authorization: `Bearer ${token}` },
      payload: { currentPassword: ADMIN.password, newPassword: 'per-token-geaendert' },
    });
    expect(viaToken.statusCode).toBe(403);
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/users/me/password',
      headers: as(session),
      payload: { currentPassword: ADMIN.password, newPassword: 'ganz-neues-passwort' },
    });
    expect(changed.statusCode).toBe(204);
    expect(
      (await t.app.inject({ url: '/api/users/me', headers: { cookie: session.cookie } })).statusCode,
    ).toBe(200);
    expect((await t.app.inject({ url: '/api/users/me', headers: { cookie: other.cookie } })).statusCode).toBe(
      401,
    );
  });

  it('throttles guessing the current password from a session', async () => {
    const session = await login(t.app, ADMIN.email, ADMIN.password);
    const tries = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/users/me/password',
          headers: as(session),
          payload: { currentPassword: `rate-${i}-falsch`, newPassword: 'ganz-neues-passwort' },
        }),
      ),
    );
    expect(tries.filter((r) => r.statusCode === 429).length).toBeGreaterThanOrEqual(3);
  });

  it('changes the own password only with the current one', async () => {
    const session = await login(t.app, ADMIN.email, ADMIN.password);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/users/me/password',
      headers: as(session),
      payload: { currentPassword: 'nicht-das-richtige', newPassword: 'ganz-neues-passwort' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('currentPassword');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/users/me/password',
      headers: as(session),
      payload: { currentPassword: ADMIN.password, newPassword: 'ganz-neues-passwort' },
    });
    expect(ok.statusCode).toBe(204);
    await login(t.app, ADMIN.email, 'ganz-neues-passwort');
  });
});
