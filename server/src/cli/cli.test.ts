import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testConfig, testEngine } from '../../test/harness.js';
import { buildApp } from '../app.js';
import { openDatabase } from '../platform/db/connection.js';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../bin/kontor.mjs');

// The CLI runs as its own process against a real database: a file for SQLite,
// a fresh database on the test server for PostgreSQL.
describe('kontor CLI', () => {
  let env: NodeJS.ProcessEnv;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-cli-'));
    env = { ...process.env, KONTOR_DATA_DIR: dataDir, DATABASE_URL: '' };
    cleanup = async () => fs.rmSync(dataDir, { recursive: true, force: true });
    if (testEngine() === 'postgres') {
      const database = await freshDatabase();
      env.DATABASE_URL = database.url;
      cleanup = async () => {
        fs.rmSync(dataDir, { recursive: true, force: true });
        await database.close();
      };
    }
  });
  afterAll(() => cleanup());

  const kontor = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('creates a user and a token that reads /api/users/me', async () => {
    const created = await kontor(
      'users',
      'create',
      '--email',
      'Chef@Example.de',
      '--password',
      'ein-sicheres-passwort',
      '--role',
      'admin',
    );
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toContain('chef@example.de');

    const token = await kontor('tokens', 'create', '--email', 'chef@example.de', '--name', 'Integration');
    expect(token.code).toBe(0);
    const secret = token.stdout.trim();
    expect(secret).toMatch(/^kontor_t_[\w-]{43}$/);

    const config = testConfig();
    const database = env.DATABASE_URL
      ? openDatabase({ engine: 'postgres', url: String(env.DATABASE_URL) })
      : openDatabase({ engine: 'sqlite', file: path.join(String(env.KONTOR_DATA_DIR), 'kontor.sqlite') });
    const app = await buildApp(config, { database });
    try {
      const me = await app.inject({ url: '/api/users/me', headers: { authorization: `Bearer ${secret}` } });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ email: 'chef@example.de', role: 'admin' });
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('seeds the demo company once, however often it runs', async () => {
    const first = await kontor('seed', '--demo');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /4 Teams, 7 Benutzer, 10 Organisationen und 11 Kontakte angelegt, 29 Vorgänge/,
    );
    const second = await kontor('seed', '--demo');
    expect(second.stdout).toMatch(
      /0 Teams, 0 Benutzer, 0 Organisationen und 0 Kontakte angelegt, 0 Vorgänge/,
    );
  });

  it('seeds a history with pinned entries and open follow-ups overdue, today and upcoming', async () => {
    await kontor('seed', '--demo');
    const database = env.DATABASE_URL
      ? openDatabase({ engine: 'postgres', url: String(env.DATABASE_URL) })
      : openDatabase({ engine: 'sqlite', file: path.join(String(env.KONTOR_DATA_DIR), 'kontor.sqlite') });
    try {
      const entries = await database.db
        .selectFrom('activities')
        .select(['id', 'status', 'due_at', 'pinned', 'body', 'text_key', 'assignee_user_id', 'created_by'])
        .execute();
      const now = new Date().toISOString();
      const open = entries.filter((e) => e.status === 'open');
      expect(open.some((e) => String(e.due_at) < now)).toBe(true);
      expect(open.some((e) => String(e.due_at) > now)).toBe(true);
      expect(open.some((e) => String(e.due_at).slice(0, 10) === now.slice(0, 10))).toBe(true);
      expect(open.every((e) => e.assignee_user_id !== null)).toBe(true);
      expect(entries.filter((e) => e.pinned === 1)).toHaveLength(2);
      expect(entries.every((e) => e.created_by !== null)).toBe(true);
      // Stored as any entry is: sanitised rich text, folded full text.
      expect(entries.find((e) => e.body?.includes('<ul>'))?.text_key).toContain('3 % rabatt auf ersatzteile');
      const links = await database.db
        .selectFrom('activity_links')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(links.n)).toBeGreaterThan(entries.length);
      // The follow-up handed to a colleague and the colleague named in a note reached their bells.
      const told = await database.db.selectFrom('notifications').select('kind').orderBy('kind').execute();
      expect(told.map((n) => n.kind)).toEqual(['assigned', 'mention']);
    } finally {
      await database.close();
    }
  });

  it('migrates on demand', async () => {
    expect((await kontor('migrate')).code).toBe(0);
  });

  it.each([
    [['users', 'create', '--email', 'a@b.de']],
    [['users', 'create', '--email', 'a@b.de', '--password', 'kurz', '--role', 'admin']],
    [['users', 'create', '--email', 'a@b.de', '--password', 'ein-sicheres-passwort', '--role', 'chef']],
    [['tokens', 'create', '--email', 'nobody@example.de', '--name', 'x']],
    [['seed']],
    [['launch', 'rockets']],
    [['migrate', '--force']],
  ])('answers wrong arguments %j with a usage line and exit code 2', async (args) => {
    const result = await kontor(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Verwendung: kontor/);
  });

  it('explains every command with --help', async () => {
    for (const command of [['users', 'create'], ['tokens', 'create'], ['migrate'], ['seed']]) {
      const result = await kontor(...command, '--help');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Verwendung: kontor/);
    }
    expect((await kontor('--help')).stdout).toContain('users create');
  });
});
