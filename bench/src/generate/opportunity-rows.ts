// Generates opportunities into a database that already holds the master-data benchmark's
// organisations and users (see master-data.ts), column for column as the opportunity service
// writes them, but in bulk — for the board benchmark, and reusable by other sales generators
// (`opportunityRow` builds one row, `OPPORTUNITY_LAYOUT` names its columns):
//
//   node --import tsx bench/src/generate/opportunity-rows.ts --opportunities 200000
//
// Spread over the seeded stages with a plausible mix: most open, some replied, lost or closed
// (no quotations here, so no derived status); a fifth with their own probability; expected
// revenue 1,000–500,000 €; close dates over the next year; changes over the last 180 days.
// DATABASE_URL selects PostgreSQL, otherwise KONTOR_DATA_DIR/kontor.sqlite.
import { parseArgs } from 'node:util';
import { foldGerman } from '@kontor/domain/normalize';
import type { OpportunityManualStatus } from '@kontor/domain/sales-status';
import { type DatabaseConfig, loadConfig } from '@kontor/server/src/platform/config.ts';
import { migrateToLatest, openDatabase } from '@kontor/server/src/platform/db/connection.ts';
import { newId } from '@kontor/server/src/platform/db/ids.ts';
import pg from 'pg';
import { postgresSink } from './postgres-sink.ts';
import { Random } from './random.ts';
import { sqliteSink } from './sqlite-sink.ts';
import type { Layout, Value } from './tables.ts';

const text = (name: string) => [name, 'text'] as const;
const int = (name: string) => [name, 'int'] as const;
const bigint = (name: string) => [name, 'bigint'] as const;

export const OPPORTUNITY_LAYOUT: Layout<'opportunities'> = {
  columns: {
    opportunities: [
      ...['id', 'name', 'name_key', 'organization_id', 'stage_id', 'manual_status', 'status'].map(text),
      bigint('expected_revenue_cents'),
      int('probability'),
      ...['currency', 'expected_close_date', 'owner_id', 'source', 'status_changed_at'].map(text),
      ...['created_at', 'updated_at', 'created_by'].map(text),
      int('version'),
    ],
  },
  order: ['opportunities'],
};

const SUBJECTS = ['Wartungsvertrag', 'Neuanlage', 'Modernisierung', 'Rahmenvertrag', 'Schulung', 'Lizenzen'];
const THINGS = ['Heizung', 'Kühlzelle', 'Server', 'Druckmaschine', 'Aufzug', 'Fräsmaschine', 'Flotte'];
const STATUSES: OpportunityManualStatus[] = [
  'open',
  'open',
  'open',
  'open',
  'open',
  'replied',
  'replied',
  'lost',
  'closed',
];
const SOURCES = ['campaign', 'trade-fair', 'phone', 'web-form', 'referral', null];
const DAY = 86_400_000;

/** What rows are drawn from: organisations, stages and users of the database, and today. */
export interface OpportunityContext {
  organizations: readonly string[];
  stages: readonly string[];
  users: readonly string[];
  now: number;
}

/** One opportunity row in OPPORTUNITY_LAYOUT's column order; the n-th gets a unique name. */
export function opportunityRow(random: Random, context: OpportunityContext, n: number): Value[] {
  const name = `${random.pick(SUBJECTS)} ${random.pick(THINGS)} ${n}`;
  const owner = random.pick(context.users);
  const status = random.pick(STATUSES);
  const created = context.now - random.int(0, 365) * DAY - random.int(0, DAY);
  const updated = Math.max(created, context.now - random.int(0, 180) * DAY - random.int(0, DAY));
  const close = new Date(context.now + random.int(-30, 365) * DAY).toISOString().slice(0, 10);
  return [
    newId(),
    name,
    foldGerman(name),
    random.pick(context.organizations),
    random.pick(context.stages),
    status,
    status,
    random.int(10, 5000) * 10_000,
    random.chance(0.2) ? random.int(1, 19) * 5 : null,
    'EUR',
    close,
    owner,
    random.pick(SOURCES),
    new Date(updated).toISOString(),
    new Date(created).toISOString(),
    new Date(updated).toISOString(),
    owner,
    1,
  ];
}

/** Reads what opportunity rows point at from the database (after migrating it). */
export async function opportunityContext(database: DatabaseConfig): Promise<OpportunityContext> {
  const handle = openDatabase(database);
  await migrateToLatest(handle.db);
  const users = (await handle.db.selectFrom('users').select('id').orderBy('email').execute()).map(
    (u) => u.id,
  );
  const organizations = (
    await handle.db.selectFrom('organizations').select('id').limit(200_000).execute()
  ).map((o) => o.id);
  const stages = (
    await handle.db.selectFrom('pipeline_stages').select('id').orderBy('position').execute()
  ).map((s) => s.id);
  await handle.close();
  if (organizations.length === 0 || users.length === 0)
    throw new Error('no organisations: run master-data.ts first');
  return { organizations, stages, users, now: Date.now() };
}

/** Writes `count` opportunities; returns how many. */
export async function generateOpportunities(options: {
  database: DatabaseConfig;
  opportunities: number;
  seed?: number;
  log?: (line: string) => void;
}): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const context = await opportunityContext(options.database);
  const sink =
    options.database.engine === 'sqlite'
      ? sqliteSink(options.database.file, OPPORTUNITY_LAYOUT)
      : await postgresSink(options.database.url, OPPORTUNITY_LAYOUT);
  const random = new Random(options.seed ?? 1);
  for (let n = 1; n <= options.opportunities; n++) {
    sink.add('opportunities', opportunityRow(random, context, n));
    await sink.checkpoint();
    if (n % 50_000 === 0) log(`  ${n.toLocaleString('en-GB')} opportunities …`);
  }
  await sink.finish({});
  // What autovacuum does to a live table: set the visibility map, or PostgreSQL's index-only
  // scans (the board's sums) would visit the heap for every row of freshly loaded data.
  if (options.database.engine === 'postgres') {
    const client = new pg.Client({ connectionString: options.database.url });
    await client.connect();
    await client.query('vacuum (analyze) opportunities');
    await client.end();
  }
  log(
    `  ${options.opportunities.toLocaleString('en-GB')} opportunities in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return options.opportunities;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { opportunities: { type: 'string', default: '200000' }, seed: { type: 'string', default: '1' } },
  });
  await generateOpportunities({
    database: loadConfig(process.env).database,
    opportunities: Number(values.opportunities),
    seed: Number(values.seed),
  });
}
