// `npm run bench -- master-data`: organisation and contact lists and record creation over HTTP
// against a real Kontor server on generated master data, each next to the bare SQL the request
// issues, run on the same database from this process. See bench/README.md.
import path from 'node:path';
import { createContactSchema } from '@kontor/domain/contacts';
import { listQuerySchema } from '@kontor/domain/fields';
import { createOrganizationSchema } from '@kontor/domain/organizations';
import { ContactService } from '@kontor/server/src/modules/contacts/service.ts';
import { OrganizationService } from '@kontor/server/src/modules/organizations/service.ts';
import type { Principal } from '@kontor/server/src/platform/auth/principal.ts';
import { EventBus } from '@kontor/server/src/platform/events/bus.ts';
import { runLoad } from '../load.ts';
import { startTarget, stopTarget } from '../processes.ts';
import type { KontorTargetInfo } from '../targets/kontor.ts';
import { recordBodies } from './master-data/creates.ts';
import { cursorOfPage } from './master-data/cursor.ts';
import { prepareDatabase } from './master-data/database.ts';
import { formatSql, type Statement } from './master-data/probe.ts';
import { freshIds, timeStatements } from './master-data/replay.ts';
import { GOALS, printReport, type Row } from './master-data/report.ts';
import { SEARCH_QUERIES, searchCase } from './master-data/search.ts';

export async function masterDataSuite(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 5);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 4);
  const contactCount = Number(process.env.BENCH_CONTACTS ?? 1_000_000);
  const organizationCount = Number(process.env.BENCH_ORGANIZATIONS ?? Math.round(contactCount / 5));
  const walkBudgetMs = Number(process.env.BENCH_WALK_SECONDS ?? 60) * 1000;

  const { database, cleanup, reuse, probe, sizes } = await prepareDatabase(contactCount, organizationCount);

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

  for (const query of SEARCH_QUERIES) {
    const searched = await searchCase(query, probe, principal, engine, (urlPath) => load(urlPath), seconds);
    rows.push(searched.row);
    plans.push(...searched.plan);
  }

  // Creating records: unique names every time, an employer for the contact.
  const employer = await probe.db
    .selectFrom('organizations')
    .select('id')
    .where('kind', '=', 'company')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const { contactBody, organizationBody } = recordBodies(employer.id);
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

  printReport(rows, plans, sizes, seconds, connections);
}
