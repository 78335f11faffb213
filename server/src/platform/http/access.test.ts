import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedEndpoints } from '../../../test/api-surface.js';
import { createTestApp, setupAdmin, type TestApp } from '../../../test/harness.js';

// The only routes anyone may call without credentials (issue 2: health, setup while empty,
// login, the OpenAPI document; invitations carry their own secret in the URL).
const PUBLIC = new Set([
  'GET /api/health',
  'GET /api/setup',
  'POST /api/setup',
  'POST /api/auth/login',
  'GET /api/invitations/{token}',
  'POST /api/invitations/{token}',
  // A quotation's customer link: the token in the URL is the credential (issue 5).
  'GET /api/public/quotations/{token}',
  'GET /api/public/quotations/{token}/pdf',
  'POST /api/public/quotations/{token}/accept',
]);

describe('deny by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await setupAdmin(t.app);
  });
  afterAll(() => t.close());

  it('answers 401 on every non-public route without credentials', async () => {
    const endpoints = await documentedEndpoints(t.app);
    expect(endpoints.length).toBeGreaterThan(15);
    for (const endpoint of endpoints.filter((e) => !PUBLIC.has(`${e.method} ${e.template}`))) {
      const response = await t.app.inject({
        method: endpoint.method as 'GET',
        url: endpoint.url,
        payload: endpoint.method === 'GET' ? undefined : {},
      });
      expect({ endpoint: `${endpoint.method} ${endpoint.template}`, status: response.statusCode }).toEqual({
        endpoint: `${endpoint.method} ${endpoint.template}`,
        status: 401,
      });
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('cannot be sidestepped by percent-encoding the path', async () => {
    for (const url of ['/%61pi/users', '/%2561pi/users', '/api/%75sers', '/API/users']) {
      const response = await t.app.inject({ url });
      expect(response.statusCode, url).not.toBe(200);
    }
    const teams = await t.app.inject({ method: 'POST', url: '/%61pi/teams', payload: { name: 'pwned' } });
    expect(teams.statusCode).toBe(401);
  });

  it('answers only to its own host names, against DNS rebinding', async () => {
    expect(
      (await t.app.inject({ url: '/api/health', headers: { host: 'attacker.example' } })).statusCode,
    ).toBe(421);
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', '192.168.1.20']) {
      expect((await t.app.inject({ url: '/api/health', headers: { host } })).statusCode, host).toBe(200);
    }
    const configured = await createTestApp({ config: { publicUrl: 'https://crm.example.de' } });
    try {
      expect(
        (await configured.app.inject({ url: '/api/health', headers: { host: 'crm.example.de' } })).statusCode,
      ).toBe(200);
      expect(
        (await configured.app.inject({ url: '/api/health', headers: { host: 'other.example.de' } }))
          .statusCode,
      ).toBe(421);
    } finally {
      await configured.close();
    }
  });

  it('keeps the OpenAPI document public and the docs UI behind login', async () => {
    expect((await t.app.inject('/api/openapi.json')).statusCode).toBe(200);
    expect((await t.app.inject('/api/docs')).statusCode).toBe(401);
  });

  it('refuses to start with a route that declares no access rule', async () => {
    const { default: Fastify } = await import('fastify');
    const { registerAccessControl } = await import('../auth/access.js');
    const app = Fastify();
    registerAccessControl(app, {} as never, { publicUrl: undefined });
    expect(() => app.get('/api/forgotten', async () => 'open')).toThrow(/declares no access rule/);
  });
});
