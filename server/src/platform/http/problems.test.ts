import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedEndpoints, type Endpoint } from '../../../test/api-surface.js';
import { as, type BrowserSession, createTestApp, setupAdmin, type TestApp } from '../../../test/harness.js';

describe('problem details for bad requests', () => {
  let t: TestApp;
  let admin: BrowserSession;
  beforeAll(async () => {
    t = await createTestApp({ config: { bodyLimit: 64 * 1024 } });
    admin = await setupAdmin(t.app);
  });
  afterAll(() => t.close());

  const expectProblem = (
    response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown; body: string },
    status: number,
  ) => {
    expect(response.statusCode).toBe(status);
    expect(String(response.headers['content-type'])).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      status,
      title: expect.any(String),
      type: expect.stringMatching(/^urn:kontor:problem:/),
    });
    expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/);
  };

  it('malformed JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: { ...as(admin), 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expectProblem(response, 400);
    expect((response.json() as { type: string }).type).toBe('urn:kontor:problem:malformed-json');
  });

  it('unknown route and wrong method', async () => {
    expectProblem(await t.app.inject({ url: '/api/nothing-here', headers: as(admin) }), 404);
    const wrongMethod = await t.app.inject({
      method: 'PUT',
      url: '/api/teams',
      headers: as(admin),
      payload: {},
    });
    expectProblem(wrongMethod, 405);
    expect(wrongMethod.headers.allow).toBe('GET, POST');
    // An id longer than any route parameter may be: no such record, never "wrong method".
    const tooLong = await t.app.inject({ url: `/api/users/${'x'.repeat(300)}`, headers: as(admin) });
    expectProblem(tooLong, 414);
    expectProblem(await t.app.inject({ url: '/api/users/%E0%A4%A', headers: as(admin) }), 400);
  });

  it('oversized body', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: as(admin),
      payload: { name: 'x'.repeat(100 * 1024) },
    });
    expectProblem(response, 413);
  });

  it('unsupported media type', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: { ...as(admin), 'content-type': 'text/xml' },
      payload: '<team/>',
    });
    expectProblem(response, 415);
  });

  it('wrong types name the failing path', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: as(admin),
      payload: { name: 42, memberIds: 'all' },
    });
    expectProblem(response, 400);
    expect((response.json() as { errors: { path: string }[] }).errors.map((e) => e.path).sort()).toEqual([
      'memberIds',
      'name',
    ]);
  });

  it('refuses NUL characters, which PostgreSQL cannot store', async () => {
    expectProblem(
      await t.app.inject({ method: 'DELETE', url: '/api/tokens/a%00b', headers: as(admin) }),
      400,
    );
    const body = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: { ...as(admin), 'content-type': 'application/json' },
      payload: '{"name":"a\\u0000b"}',
    });
    expectProblem(body, 400);
    expect((body.json() as { type: string }).type).toBe('urn:kontor:problem:nul-character');
  });

  it('speaks English to English browsers and users', async () => {
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      payload: { email: 'x', password: 'kurz' },
    });
    expect(anonymous.json()).toMatchObject({
      title: 'Invalid input',
      detail: 'Please check the marked fields.',
    });
    const messages = Object.fromEntries(
      (anonymous.json() as { errors: { path: string; message: string }[] }).errors.map((e) => [
        e.path,
        e.message,
      ]),
    );
    expect(messages).toEqual({
      email: 'Not a valid e-mail address',
      name: 'Required',
      password: 'At least 10 characters',
    });

    const german = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: as(admin),
      payload: { name: '', extra: 1 },
    });
    expect((german.json() as { errors: unknown[] }).errors).toEqual([
      { path: 'name', message: 'Pflichtfeld' },
      { path: 'extra', message: 'Unbekanntes Feld' },
    ]);
    await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: as(admin),
      payload: { language: 'en' },
    });
    const english = await t.app.inject({ url: '/api/teams/unknown', headers: as(admin) });
    expect(english.json()).toMatchObject({ title: 'Not found', detail: 'This team does not exist.' });
    await t.app.inject({
      method: 'PATCH',
      url: '/api/users/me',
      headers: as(admin),
      payload: { language: 'de' },
    });
  });

  it('refuses lone surrogates, which each engine would store differently', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: { ...as(admin), 'content-type': 'application/json' },
      payload: '{"name":"a\\ud800b"}',
    });
    expectProblem(response, 400);
    expect((response.json() as { type: string }).type).toBe('urn:kontor:problem:ill-formed-text');
    const pair = await t.app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: { ...as(admin), 'content-type': 'application/json' },
      payload: '{"name":"Team \\ud83d\\ude80"}',
    });
    expect(pair.statusCode).toBe(201);
  });

  it('sends security headers with a strict CSP', async () => {
    const response = await t.app.inject('/api/health');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('never answers arbitrary input to any endpoint with a 5xx', async () => {
    // Logging out would turn the rest of the run into 401s, which proves nothing about the handlers.
    const endpoints = (await documentedEndpoints(t.app)).filter(
      (e) => e.method !== 'GET' && !e.template.includes('logout'),
    );
    const statuses = new Map<number, number>();
    const hostileString = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '../../etc/passwd',
        "' OR 1=1 --",
        '<script>alert(1)</script>',
        '\u0000',
        '𝕂ontor',
        '%00',
        '__proto__',
      ),
    );
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
      node: fc.oneof(
        { depthSize: 'small' },
        tie('leaf'),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(
          fc.oneof(
            hostileString,
            fc.constantFrom(
              'email',
              'name',
              'password',
              'version',
              'role',
              'teamIds',
              'memberIds',
              'active',
              '__proto__',
              'constructor',
            ),
          ),
          tie('node'),
          { maxKeys: 5 },
        ),
      ),
    })).node;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints),
        value,
        hostileString,
        async (endpoint: Endpoint, body, id) => {
          const url = endpoint.template.replace(/\{[^}]+\}/g, encodeURIComponent(id || 'x'));
          const response = await t.app
            .inject({
              method: endpoint.method as 'POST',
              url,
              headers: { ...as(admin), 'content-type': 'application/json' },
              payload: JSON.stringify(body),
            })
            .catch((e) => e);
          if (response instanceof Error) throw response;
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          expect(
            response.statusCode,
            `${endpoint.method} ${url} ${JSON.stringify(body)} → ${response.body}`,
          ).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
    // The run must have reached the handlers as a logged-in user, not bounced off the door.
    expect([...statuses.keys()]).not.toEqual([401]);
    expect(
      (statuses.get(400) ?? 0) + (statuses.get(404) ?? 0),
      JSON.stringify([...statuses]),
    ).toBeGreaterThan(100);
    expect((await t.app.inject('/api/health')).statusCode).toBe(200);
  });
});
