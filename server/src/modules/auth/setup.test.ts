import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, createTestApp, type TestApp } from '../../../test/harness.js';

describe('first-admin setup', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('is required while no user exists and creates a logged-in admin once', async () => {
    expect((await t.app.inject('/api/setup')).json()).toEqual({ setupRequired: true });

    const created = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...ADMIN, language: 'en' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().user).toMatchObject({
      email: ADMIN.email,
      role: 'admin',
      language: 'en',
      active: true,
    });
    expect(created.json().permissions).toContain('users.manage');
    const cookie = created.cookies.find((c) => c.name === 'kontor_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    expect((await t.app.inject('/api/setup')).json()).toEqual({ setupRequired: false });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...ADMIN, email: 'other@example.de' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().type).toBe('urn:kontor:problem:already-set-up');
  });

  it('lets exactly one of several simultaneous setups through', async () => {
    const attempts = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        t.app.inject({
          method: 'POST',
          url: '/api/setup',
          payload: { ...ADMIN, email: `admin${n}@example.de` },
        }),
      ),
    );
    expect(attempts.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
    const count = await t.database.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('names every invalid field and creates nothing', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { email: 'not-an-address', name: '  ', password: 'short', language: 'fr' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const paths = response
      .json()
      .errors.map((e: { path: string }) => e.path)
      .sort();
    expect(paths).toEqual(['email', 'language', 'name', 'password']);
    expect((await t.app.inject('/api/setup')).json()).toEqual({ setupRequired: true });
  });
});
