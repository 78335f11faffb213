import { describe, expect, it } from 'vitest';
import { as, freshAdminAppPerTest } from '../../../test/harness.js';

describe('API tokens', () => {
  const env = freshAdminAppPerTest();

  const createToken = (payload: object) =>
    env.app.inject({ method: 'POST', url: '/api/tokens', headers: as(env.admin), payload });

  it('shows the secret once, authenticates with it and stores only a digest', async () => {
    const created = await createToken({ name: 'Buchhaltung' });
    expect(created.statusCode).toBe(201);
    const { token, apiToken } = created.json();
    expect(token).toMatch(/^kontor_t_/);

    const me = await env.app.inject({ url: '/api/users/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().id).toBe(env.admin.userId);

    const listed = (await env.app.inject({ url: '/api/tokens', headers: as(env.admin) })).json().items;
    expect(listed).toEqual([
      expect.objectContaining({ id: apiToken.id, name: 'Buchhaltung', prefix: token.slice(0, 14) }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(token);
    const rows = await env.database.db.selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('needs no CSRF token for bearer writes, since browsers never send bearer tokens by themselves', async () => {
    const { token } = (await createToken({ name: 'Skript' })).json();
    const response = await env.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: { authorization: `Bearer ${token}` },
      payload: { language: 'en' },
    });
    expect(response.statusCode).toBe(200);
  });

  it('cannot mint further tokens with a token', async () => {
    const { token } = (await createToken({ name: 'Skript' })).json();
    const minted = await env.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { authorization: `Bearer ${token}` },
      payload: { name: 'für immer' },
    });
    expect(minted.statusCode).toBe(403);
  });

  it('stops working when revoked or expired', async () => {
    const { token, apiToken } = (await createToken({ name: 'Kurz' })).json();
    expect(
      (await env.app.inject({ method: 'DELETE', url: `/api/tokens/${apiToken.id}`, headers: as(env.admin) }))
        .statusCode,
    ).toBe(204);
    const revoked = await env.app.inject({
      url: '/api/users/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.statusCode).toBe(401);
    expect((await env.app.inject({ url: '/api/tokens', headers: as(env.admin) })).json().items).toEqual([]);

    const soon = (
      await createToken({ name: 'Bald weg', expiresAt: new Date(Date.now() + 60_000).toISOString() })
    ).json();
    await env.database.db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', soon.apiToken.id)
      .execute();
    expect(
      (await env.app.inject({ url: '/api/users/me', headers: { authorization: `Bearer ${soon.token}` } }))
        .statusCode,
    ).toBe(401);
  });

  it('refuses an expiry in the past and another user’s token id', async () => {
    const past = await createToken({ name: 'Alt', expiresAt: '2020-01-01T00:00:00Z' });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors[0].path).toBe('expiresAt');
    expect(
      (await env.app.inject({ method: 'DELETE', url: '/api/tokens/someone-elses', headers: as(env.admin) }))
        .statusCode,
    ).toBe(404);
  });

  it('answers a malformed or unknown bearer token with 401', async () => {
    for (const authorization of ['Bearer', 'Bearer nope', 'Basic abc', `Bearer ${'x'.repeat(500)}`]) {
      const response = await env.app.inject({ url: '/api/users/me', headers: { authorization } });
      expect(response.statusCode).toBe(401);
    }
  });
});
