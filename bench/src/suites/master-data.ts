// `npm run bench -- master-data`: organisation and contact lists and record creation over HTTP
// against a real Kontor server on generated master data, each next to the bare SQL the request
// issues, run on the same database from this process. See bench/README.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createContactSchema } from '@kontor/domain/contacts';
import { listQuerySchema } from '@kontor/domain/fields';
import { createOrganizationSchema } from '@kontor/domain/organizations';
import { ContactService } from '@kontor/server/src/modules/contacts/service.ts';
import { OrganizationService } from '@kontor/server/src/modules/organizations/service.ts';
import type { Principal } from '@kontor/server/src/platform/auth/principal.ts';
import { type DatabaseConfig, loadConfig } from '@kontor/server/src/platform/config.ts';
import { registerSqliteFunctions } from '@kontor/server/src/platform/db/dialect/text.ts';
import { newId } from '@kontor/server/src/platform/db/ids.ts';
import type { Database } from '@kontor/server/src/platform/db/schema.ts';
import { EventBus } from '@kontor/server/src/platform/events/bus.ts';
import { encodeCursor } from '@kontor/server/src/platform/lists/cursor.ts';
import SQLite from 'better-sqlite3';
import { Kysely, type LogEvent, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { generateMasterData } from '../generate/master-data.ts';
import { runLoad } from '../load.ts';
import { startTarget, stopTarget } from '../processes.ts';
import { scratchDatabase } from '../scratch-database.ts';
import { percentile, type Summary } from '../stats.ts';
import type { KontorTargetInfo } from '../targets/kontor.ts';

interface Statement {
  sql: string;
  parameters: readonly unknown[];
}

/** Direct access to the server's database from the bench process: capture, bare replay, plans. */
interface Probe {
  db: Kysely<Database>;
  /** The statements Kontor's own service code issues while `action` runs, in order. */
  capture(action: () => Promise<unknown>): Promise<Statement[]>;
  /** One statement on the bare driver (better-sqlite3 / pg), no Kysely, no HTTP. */
  execute(statement: Statement): Promise<unknown[]>;
  plan(statement: Statement): Promise<string[]>;
  close(): Promise<void>;
}

const GOALS: Record<string, number> = {
  'first page': 25,
  'two filters + sort': 40,
  'page 1,000 via cursor': 25,
  'create contact': 10,
};

interface Row {
  label: string;
  engine: string;
  http: Summary;
  sql: { p50: number; p95: number };
  all: { p50: number; p95: number };
  reps: number;
  goal?: number;
}

export async function masterDataSuite(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 4);
  const contactCount = Number(process.env.BENCH_CONTACTS ?? 1_000_000);
  const organizationCount = Number(process.env.BENCH_ORGANIZATIONS ?? Math.round(contactCount / 5));
  const walkBudgetMs = Number(process.env.BENCH_WALK_SECONDS ?? 60) * 1000;

  // The database: reused as given, or a scratch one that is filled first and dropped afterwards.
  const reuse = process.env.BENCH_REUSE_DATA === '1';
  let database: DatabaseConfig;
  let cleanup = async () => {};
  if (reuse) database = loadConfig(process.env).database;
  else if (process.env.DATABASE_URL) {
    const scratch = await scratchDatabase(process.env.DATABASE_URL);
    if (!scratch) throw new Error('no scratch database');
    database = { engine: 'postgres', url: scratch.url };
    cleanup = scratch.drop;
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kontor-master-data-'));
    database = { engine: 'sqlite', file: path.join(dir, 'kontor.sqlite') };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }

  let probe = await openProbe(database);
  const counted = await probe.db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst()
    .catch(() => undefined);
  if (!counted || Number(counted.n) === 0) {
    await probe.close();
    console.log(
      `generating ${contactCount.toLocaleString('en-GB')} contacts and ${organizationCount.toLocaleString('en-GB')} organisations (${database.engine}) …`,
    );
    await generateMasterData({ database, contacts: contactCount, organizations: organizationCount });
    probe = await openProbe(database);
  } else console.log(`reusing the data in the ${database.engine} database`);
  const sizes = await probe.db
    .selectNoFrom((eb) => [
      eb.selectFrom('contacts').select(eb.fn.countAll<number>().as('n')).as('contacts'),
      eb.selectFrom('organizations').select(eb.fn.countAll<number>().as('n')).as('organizations'),
    ])
    .executeTakeFirstOrThrow();

  const server = await startTarget<KontorTargetInfo>('kontor.ts', {
    ...process.env,
    ...(database.engine === 'sqlite'
      ? { BENCH_KONTOR_DATA_DIR: path.dirname(database.file) }
      : { BENCH_KONTOR_DATABASE_URL: database.url }),
  });
  const { port, token, engine, adminId } = server.info;
  const headers = { authorization: `Bearer ${token}` };
  const principal: Principal = {
    userId: adminId,
    role: 'admin',
    language: 'de',
    permissions: [],
    visibility: 'all',
    teamIds: [],
    via: 'token',
  };
  // Without search subscribers: the bare SQL replay measures the records' own statements.
  const events = new EventBus();
  const organizations = new OrganizationService(probe.db, engine, events);
  const contacts = new ContactService(probe.db, engine, organizations, events);
  const services = { contacts, organizations };
  const load = async (urlPath: string, options: { method?: 'POST'; body?: () => string } = {}) => {
    await runLoad({ port, path: urlPath, headers, connections, durationMs: 500, ...options });
    return runLoad({ port, path: urlPath, headers, connections, durationMs: seconds * 1000, ...options });
  };

  const rows: Row[] = [];
  const plans: string[] = [];
  const lists: { record: 'contacts' | 'organizations'; filters: Record<string, string> }[] = [
    {
      record: 'contacts',
      filters: { 'filter[name]': 'Mül*', 'filter[city]': 'München', sort: '-updatedAt' },
    },
    {
      record: 'organizations',
      filters: { 'filter[relationships]': 'Kunde', 'filter[city]': 'Berlin', sort: 'name' },
    },
  ];
  for (const { record, filters } of lists) {
    // Page 1,000 (or the last full page of a smaller data set).
    const page = Math.min(1000, Math.floor(Number(sizes[record]) / 50));
    const cursor = await cursorOfPage(page, record, port, headers, walkBudgetMs, probe);
    const cases: [string, Record<string, string>][] = [
      ['first page', {}],
      ['two filters + sort', filters],
      [page === 1000 ? 'page 1,000 via cursor' : `page ${page} via cursor`, { cursor }],
    ];
    for (const [label, params] of cases) {
      const search = new URLSearchParams(params).toString();
      const query = listQuerySchema.parse(params);
      const statements = await probe.capture(() => services[record].list(principal, query, 'de'));
      const http = await load(`/api/${record}${search ? `?${search}` : ''}`);
      const timed = await timeStatements(probe, statements, http.requests, seconds * 4000);
      rows.push({ label: `${record}: ${label}`, engine, http, ...timed, goal: GOALS[label] });
      plans.push(`-- ${record}: ${label} (${engine}), ${statements.length} statements, the first:`);
      plans.push(formatSql(statements[0] as Statement));
      plans.push(...(await probe.plan(statements[0] as Statement)).map((line) => `   ${line}`), '');
    }
  }

  // Creating records: unique names every time, an employer for the contact.
  const employer = await probe.db
    .selectFrom('organizations')
    .select('id')
    .where('kind', '=', 'company')
    .orderBy('id')
    .offset(1000)
    .limit(1)
    .executeTakeFirstOrThrow();
  const run = Date.now().toString(36);
  let serial = 0;
  const contactBody = () => {
    serial++;
    return {
      salutation: 'herr',
      firstName: 'Jürgen',
      lastName: `Prüfling ${run}-${serial}`,
      emails: [{ type: 'work', address: `juergen.pruefling.${run}.${serial}@beispiel.de` }],
      phones: [{ type: 'work', number: `089 ${1_000_000 + serial}` }],
      employments: [{ organizationId: employer.id, position: 'Einkäufer' }],
    };
  };
  const organizationBody = () => {
    serial++;
    return {
      name: `Prüfwerk ${run}-${serial} GmbH`,
      relationships: ['customer'],
      addresses: [{ street: 'Hauptstraße', houseNumber: '1', postalCode: '80331', city: 'München' }],
    };
  };
  const creates = [
    {
      label: 'create contact',
      record: 'contacts' as const,
      body: contactBody,
      capture: () => contacts.create(principal, createContactSchema.parse(contactBody())),
    },
    {
      label: 'create organisation',
      record: 'organizations' as const,
      body: organizationBody,
      capture: () => organizations.create(principal, createOrganizationSchema.parse(organizationBody())),
    },
  ];
  for (const create of creates) {
    const statements = await probe.capture(create.capture);
    const http = await load(`/api/${create.record}`, {
      method: 'POST',
      body: () => JSON.stringify(create.body()),
    });
    const fresh = freshIds(statements, new Set([adminId, employer.id]));
    if (process.env.BENCH_DEBUG) console.error(statements, fresh);
    const timed = await timeStatements(probe, statements, http.requests, seconds * 4000, fresh);
    // The first statement is `begin`: the whole transaction (and re-read) is the bare SQL here.
    rows.push({
      label: `${create.record}: ${create.label}`,
      engine,
      http,
      ...timed,
      sql: timed.all,
      goal: GOALS[create.label],
    });
    plans.push(
      `-- ${create.record}: ${create.label} (${engine}), ${statements.length} statements:`,
      ...statements.map((s) => `   ${s.sql.replace(/\s+/g, ' ').slice(0, 160)}`),
      '',
    );
  }

  await stopTarget(server);
  await probe.close();
  if (!reuse) await cleanup();

  const fmt = (n: number, digits = 2) =>
    Number.isFinite(n)
      ? n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })
      : '–';
  console.log('\nQuery plans (the list query of each request, as the server issues it):\n');
  console.log(plans.join('\n'));
  console.log(
    `\n${Number(sizes.contacts).toLocaleString('en-GB')} contacts, ${Number(sizes.organizations).toLocaleString('en-GB')} organisations; ${seconds} s per case, ${connections} connections, Node ${process.version}, ${process.platform}/${process.arch}, ${os.cpus().length} CPUs`,
  );
  console.log(
    'SQL = the list statement alone (for creates: all of it); all SQL = every statement of the request in sequence; both replayed sequentially on one connection, as often as HTTP requests completed.\n',
  );
  console.log(
    '| case | engine | HTTP p50 | HTTP p95 | SQL p50 | SQL p95 | ratio | req/s | all SQL p50 | all SQL p95 | goal p95 | errors | n |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const verdict =
      row.goal === undefined ? '' : row.http.p95 <= row.goal ? ` ≤ ${row.goal} ✓` : ` ≤ ${row.goal} ✗`;
    console.log(
      `| ${row.label} | ${row.engine} | ${fmt(row.http.p50)} | ${fmt(row.http.p95)} | ${fmt(row.sql.p50)} | ${fmt(row.sql.p95)} | ${fmt(row.http.p95 / row.sql.p95, 1)}× | ${fmt(row.http.perSecond, 0)} | ${fmt(row.all.p50)} | ${fmt(row.all.p95)} |${verdict} | ${row.http.errors} | ${row.reps} |`,
    );
  }
}

/** The cursor that fetches page `page`: walked page by page over HTTP, or (past the time budget) by OFFSET. */
async function cursorOfPage(
  page: number,
  record: 'contacts' | 'organizations',
  port: number,
  headers: Record<string, string>,
  budgetMs: number,
  probe: Probe,
): Promise<string> {
  const deadline = performance.now() + budgetMs;
  const started = performance.now();
  let cursor: string | null = null;
  for (let walked = 1; walked < page; walked++) {
    if (performance.now() > deadline) {
      // Same order as the default sort (name key, then id), so the same row a walk would reach.
      const rows = await probe.execute({
        sql: `select coalesce(name_key, '') as s, id from ${record} order by coalesce(name_key, ''), id limit 1 offset ${(page - 1) * 50 - 1}`,
        parameters: [],
      });
      const last = rows[0] as { s: string; id: string };
      console.log(`${record}: walked ${walked - 1} pages in ${budgetMs / 1000} s; the rest by OFFSET`);
      return encodeCursor(last.s, last.id);
    }
    const url = `http://127.0.0.1:${port}/api/${record}${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await fetch(url, { headers });
    const body = (await response.json()) as { nextCursor: string | null };
    if (!body.nextCursor) throw new Error(`${record}: only ${walked} pages`);
    cursor = body.nextCursor;
  }
  console.log(
    `${record}: walked ${page - 1} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return cursor as string;
}

/**
 * Replays the statements `reps` times (or until `budgetMs`) in order: the first alone and all
 * together. Parameters that are ids the request created get fresh ids each round.
 */
async function timeStatements(
  probe: Probe,
  statements: Statement[],
  reps: number,
  budgetMs: number,
  fresh: Set<string> = new Set(),
) {
  const first: number[] = [];
  const all: number[] = [];
  const deadline = performance.now() + budgetMs;
  // Above every number earlier runs on a reused database may have drawn.
  let numbers = Date.now() * 1000;
  for (let i = 0; i < reps && performance.now() < deadline; i++) {
    const ids = new Map<string, string>();
    const renew = (s: Statement): Statement =>
      fresh.size === 0
        ? s
        : {
            sql: s.sql,
            parameters: s.parameters.map((p) => {
              if (typeof p !== 'string' || !fresh.has(p)) return p;
              if (!ids.has(p)) ids.set(p, /^[KL]\d+$/.test(p) ? `${p[0]}${++numbers}` : newId());
              return ids.get(p);
            }),
          };
    const t0 = performance.now();
    await probe.execute(renew(statements[0] as Statement));
    const t1 = performance.now();
    for (const statement of statements.slice(1)) await probe.execute(renew(statement));
    first.push(t1 - t0);
    all.push(performance.now() - t0);
  }
  const stats = (values: number[]) => {
    const sorted = values.sort((a, b) => a - b);
    return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
  };
  return { sql: stats(first), all: stats(all), reps: first.length };
}

/** Ids in parameters that the captured request generated itself (so a replay must not reuse them). */
function freshIds(statements: Statement[], known: Set<string>): Set<string> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const fresh = new Set<string>();
  for (const statement of statements)
    for (const p of statement.parameters)
      if (typeof p === 'string' && (uuid.test(p) || /^[KL]\d+$/.test(p)) && !known.has(p)) fresh.add(p);
  return fresh;
}

function formatSql(statement: Statement): string {
  return `   ${statement.sql.replace(/\s+/g, ' ')}\n   -- parameters: ${JSON.stringify(statement.parameters)}`;
}

async function openProbe(config: DatabaseConfig): Promise<Probe> {
  let captured: Statement[] | null = null;
  const log = (event: LogEvent) => {
    if (event.level === 'query' && captured)
      captured.push({ sql: event.query.sql, parameters: event.query.parameters });
  };
  const capture = async (action: () => Promise<unknown>) => {
    captured = [];
    try {
      await action();
      return captured;
    } finally {
      captured = null;
    }
  };
  if (config.engine === 'sqlite') {
    // The same connection settings as Kontor's own (connection.ts), so fsyncs cost the same.
    const raw = new SQLite(config.file);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    registerSqliteFunctions(raw);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }), log });
    return {
      db,
      capture,
      async execute({ sql, parameters }) {
        const prepared = raw.prepare(sql);
        if (prepared.reader) return prepared.all(...parameters);
        prepared.run(...parameters);
        return [];
      },
      async plan({ sql, parameters }) {
        const rows = raw.prepare(`explain query plan ${sql}`).all(...parameters) as {
          id: number;
          parent: number;
          detail: string;
        }[];
        const depth = new Map<number, number>([[0, 0]]);
        return rows.map((row) => {
          const d = (depth.get(row.parent) ?? 0) + 1;
          depth.set(row.id, d);
          return `${'  '.repeat(d - 1)}${row.detail}`;
        });
      },
      close: () => db.destroy(),
    };
  }
  const pool = new pg.Pool({ connectionString: config.url, max: 4 });
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
  return {
    db,
    capture,
    async execute({ sql, parameters }) {
      return (await client.query(sql, [...parameters])).rows;
    },
    async plan({ sql, parameters }) {
      const result = await client.query(`explain ${sql}`, [...parameters]);
      return result.rows.map((row: Record<string, string>) => row['QUERY PLAN'] ?? '');
    },
    async close() {
      await db.destroy();
      await client.end();
    },
  };
}
