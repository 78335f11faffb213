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
