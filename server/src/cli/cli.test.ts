import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { leadStatus, opportunityStatus, quotationStatus } from '@kontor/domain/sales-status';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testConfig, testEngine } from '../../test/harness.js';
import { buildApp } from '../app.js';
import { leadRows, opportunityRows, quotationRows } from '../modules/sales-status/facts.js';
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
    expect(first.stdout).toContain(
      'Vertrieb: 15 Produkte, 2 Kampagnen, 12 Leads, 11 Chancen, 8 Angebote und 2 Aufträge angelegt, Firmendaten ausgefüllt.',
    );
    const second = await kontor('seed', '--demo');
    expect(second.stdout).toMatch(
      /0 Teams, 0 Benutzer, 0 Organisationen und 0 Kontakte angelegt, 0 Vorgänge/,
    );
    expect(second.stdout).toContain(
      'Vertrieb: 0 Produkte, 0 Kampagnen, 0 Leads, 0 Chancen, 0 Angebote und 0 Aufträge angelegt.',
    );
  });

  it('seeds a sales pipeline whose statuses agree with its documents, once', async () => {
    const database = env.DATABASE_URL
      ? openDatabase({ engine: 'postgres', url: String(env.DATABASE_URL) })
      : openDatabase({ engine: 'sqlite', file: path.join(String(env.KONTOR_DATA_DIR), 'kontor.sqlite') });
    const { db } = database;
    const tables = [
      'products',
      'product_categories',
      'campaigns',
      'leads',
      'opportunities',
      'quotations',
      'quotation_lines',
      'sales_orders',
      'organizations',
      'activities',
    ] as const;
    const sizes = async () =>
      Object.fromEntries(
        await Promise.all(
          tables.map(async (table) => {
            const row = await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow();
            return [table, Number(row.n)] as const;
          }),
        ),
      );
    try {
      await kontor('seed', '--demo');
      const before = await sizes();
      expect(before).toMatchObject({
        products: 15,
        campaigns: 2,
        leads: 12,
        opportunities: 11,
        quotations: 8,
      });
      expect(before.sales_orders).toBe(2);
      // The lead qualified at once brought its own organisation.
      expect(before.organizations).toBe(11);

      const profile = await db.selectFrom('company_profile').selectAll().executeTakeFirstOrThrow();
      expect(profile).toMatchObject({
        name: 'Muster Maschinenbau GmbH',
        city: 'Bielefeld',
        vat_id: 'DE312456782',
        iban: 'DE79480501610043218765',
      });
      const categorized = await db.selectFrom('products').select('category_id').execute();
      expect(categorized.every((p) => p.category_id !== null)).toBe(true);

      // Every stored status is the one the S5 rules derive from the documents.
      const quotationIds = (await db.selectFrom('quotations').select('id').execute()).map((r) => r.id);
      const opportunityIds = (await db.selectFrom('opportunities').select('id').execute()).map((r) => r.id);
      const leadIds = (await db.selectFrom('leads').select('id').execute()).map((r) => r.id);
      for (const q of await quotationRows(db, quotationIds)) expect(q.status).toBe(quotationStatus(q.facts));
      for (const o of await opportunityRows(db, opportunityIds)) expect(o.status).toBe(opportunityStatus(o));
      for (const l of await leadRows(db, leadIds)) expect(l.status).toBe(leadStatus(l));

      const quotations = await db
        .selectFrom('quotations')
        .select(['id', 'number', 'revision', 'status', 'opportunity_id', 'predecessor_id'])
        .execute();
      expect(new Set(quotations.map((q) => q.status))).toEqual(
        new Set(['draft', 'open', 'lost', 'superseded', 'ordered']),
      );
      const superseded = quotations.find((q) => q.status === 'superseded');
      expect(quotations.find((q) => q.predecessor_id === superseded?.id)).toMatchObject({
        number: superseded?.number,
        revision: 2,
        status: 'ordered',
      });
      const lost = quotations.filter((q) => q.status === 'lost');
      expect(lost).toHaveLength(1);
      const reasons = await db
        .selectFrom('quotation_lost_reasons')
        .innerJoin('lost_reasons', 'lost_reasons.id', 'quotation_lost_reasons.lost_reason_id')
        .select(['quotation_id', 'lost_reasons.name'])
        .execute();
      expect(reasons).toEqual([{ quotation_id: lost[0]?.id, name: 'Wettbewerber gewählt' }]);
      // Sent quotations carry books at 7 % beside the machines at 19 %.
      const rates = await db
        .selectFrom('quotation_lines')
        .innerJoin('quotations', 'quotations.id', 'quotation_lines.quotation_id')
        .select(['quotations.id', 'quotation_lines.tax_rate'])
        .where('quotations.status', '=', 'open')
        .execute();
      expect(new Set(rates.map((r) => Number(r.tax_rate)))).toEqual(new Set([7, 19]));

      // Orders booked from quotations: the quotation is Ordered, its opportunity Converted.
      const orders = await db
        .selectFrom('sales_orders')
        .innerJoin('quotations', 'quotations.id', 'sales_orders.quotation_id')
        .innerJoin('opportunities', 'opportunities.id', 'quotations.opportunity_id')
        .select([
          'sales_orders.status as order',
          'quotations.status as quotation',
          'opportunities.status as opportunity',
        ])
        .execute();
      expect(orders).toEqual([
        { order: 'booked', quotation: 'ordered', opportunity: 'converted' },
        { order: 'booked', quotation: 'ordered', opportunity: 'converted' },
      ]);

      const opportunities = await db.selectFrom('opportunities').select(['stage_id', 'status']).execute();
      expect(new Set(opportunities.map((o) => o.stage_id)).size).toBe(5);
      expect(new Set(opportunities.map((o) => o.status))).toEqual(
        new Set(['open', 'replied', 'quotation', 'lost', 'converted']),
      );
      const leads = await db.selectFrom('leads').select(['status', 'source', 'owner_id']).execute();
      expect(new Set(leads.map((l) => l.status))).toEqual(
        new Set(['open', 'replied', 'interested', 'do-not-contact', 'quotation', 'converted']),
      );
      expect(new Set(leads.map((l) => l.source)).size).toBeGreaterThanOrEqual(5);
      expect(new Set(leads.map((l) => l.owner_id)).size).toBeGreaterThanOrEqual(3);

      // The timelines tell it as in real use.
      const told = await db
        .selectFrom('activities')
        .select('system_key')
        .where('system_key', 'in', ['quotation.ordered', 'quotation.new-version', 'lead.converted'])
        .execute();
      expect(told.map((a) => a.system_key).sort()).toEqual([
        'lead.converted',
        'quotation.new-version',
        'quotation.ordered',
        'quotation.ordered',
      ]);

      // Another run adds nothing.
      await kontor('seed', '--demo');
      expect(await sizes()).toEqual(before);
    } finally {
      await database.close();
    }
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
