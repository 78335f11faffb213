import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach } from 'vitest';
import { type AppOptions, buildApp } from '../src/app.js';
import { type Config, loadConfig } from '../src/platform/config.js';
import { type DatabaseHandle, openDatabase } from '../src/platform/db/connection.js';

export type TestEngine = 'sqlite' | 'postgres';

export function testEngine(): TestEngine {
  const engine = process.env.KONTOR_TEST_ENGINE ?? 'sqlite';
  if (engine !== 'sqlite' && engine !== 'postgres') throw new Error(`unknown KONTOR_TEST_ENGINE ${engine}`);
  return engine;
}

/**
 * A fresh, empty database of the engine under test: SQLite in memory, or a new PostgreSQL
 * database on the throwaway server that scripts/test.mjs started (dropped on close).
 */
export async function freshDatabase(): Promise<DatabaseHandle & { url?: string }> {
  if (testEngine() === 'sqlite') return openDatabase({ engine: 'sqlite', file: ':memory:' });
  const adminUrl = process.env.KONTOR_TEST_PG_URL;
  if (!adminUrl) throw new Error('KONTOR_TEST_PG_URL is not set: run the tests with `npm test`');
  const name = `kontor_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: adminUrl, max: 1 }) }),
  });
  await sql`create database ${sql.id(name)}`.execute(admin);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ engine: 'postgres', url: url.toString() });
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
      await admin.destroy();
    },
  };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent' }), webDistDir: undefined, ...overrides };
}

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  close(): Promise<void>;
}

export async function createTestApp(
  options: AppOptions & { config?: Partial<Config> } = {},
): Promise<TestApp> {
  const database = await freshDatabase();
  const app = await buildApp(testConfig(options.config), { ...options, database });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A logged-in browser session as the API sees it: the cookie plus the CSRF token. */
export interface BrowserSession {
  cookie: string;
  csrfToken: string;
  userId: string;
}

export const ADMIN = { email: 'admin@example.de', name: 'Ada Admin', password: 'korrekt-pferd-batterie' };

export function sessionFrom(response: LightMyRequestResponse): BrowserSession {
  const cookie = response.cookies.find((c) => c.name === 'kontor_session');
  if (!cookie) throw new Error(`no session cookie (status ${response.statusCode}: ${response.body})`);
  const body = response.json() as { csrfToken: string; user: { id: string } };
  return { cookie: `kontor_session=${cookie.value}`, csrfToken: body.csrfToken, userId: body.user.id };
}

export async function setupAdmin(app: FastifyInstance): Promise<BrowserSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/setup',
    payload: { ...ADMIN, language: 'de' },
  });
  return sessionFrom(response);
}

export async function login(app: FastifyInstance, email: string, password: string): Promise<BrowserSession> {
  return sessionFrom(
    await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } }),
  );
}

/** Headers for a request in a browser session; writes carry the CSRF token as the web app does. */
export function as(session: BrowserSession): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
}

/** Creates a user with a password through the API and logs them in. */
export async function userWithRole(
  app: FastifyInstance,
  admin: BrowserSession,
  role: string,
  email = `${role}@example.de`,
) {
  const password = 'ein-sicheres-passwort';
  const response = await app.inject({
    method: 'POST',
    url: '/api/users',
    headers: as(admin),
    payload: { email, name: `Test ${role}`, role, password },
  });
  if (response.statusCode !== 201) throw new Error(`user not created: ${response.body}`);
  return login(app, email, password);
}

export interface AdminAppContext {
  app: FastifyInstance;
  database: DatabaseHandle;
  admin: BrowserSession;
}

/**
 * Registers hooks that give every test of the enclosing `describe` a fresh app with a
 * logged-in first admin; read the fields inside tests, after the hooks have run.
 */
export function freshAdminAppPerTest(options: Parameters<typeof createTestApp>[0] = {}): AdminAppContext {
  const context = {} as AdminAppContext;
  let testApp: TestApp | undefined;
  beforeEach(async () => {
    testApp = await createTestApp(options);
    Object.assign(context, {
      app: testApp.app,
      database: testApp.database,
      admin: await setupAdmin(testApp.app),
    });
  });
  afterEach(async () => {
    await testApp?.close();
  });
  return context;
}
