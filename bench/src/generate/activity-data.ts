// Generates activity entries into a database that already holds the master-data benchmark's
// organisations and contacts (see master-data.ts), in bulk but column for column as the
// ActivityRecorder writes them:
//
//   node --import tsx bench/src/generate/activity-data.ts --activities 5000000
//
// Every entry is linked to one contact, about half also to the contact's current organisation;
// one organisation (the one with the most current employees, up to 50) gets `--hot` entries (default
// 10,000) linked to it and mostly to one of its people, for the timeline goal. Dates spread over
// five years up to now, in order (so ids and date indexes grow at their end); ~10 % are open
// follow-ups with due dates, assigned among the users; some pinned, some deleted.
// DATABASE_URL selects PostgreSQL, otherwise KONTOR_DATA_DIR/kontor.sqlite.
import { parseArgs } from 'node:util';
import { type DatabaseConfig, loadConfig } from '@kontor/server/src/platform/config.ts';
import { migrateToLatest, openDatabase } from '@kontor/server/src/platform/db/connection.ts';
import { sql } from 'kysely';
import { createIndexes, dropIndexes } from './activity-indexes.ts';
import { activityRows, type EntryPlan, type LinkTarget } from './activity-rows.ts';
import { ACTIVITY_LAYOUT, type ActivityTable } from './activity-tables.ts';
import { postgresSink } from './postgres-sink.ts';
import { Random } from './random.ts';
import { sqliteSink } from './sqlite-sink.ts';
import type { Value } from './tables.ts';

export interface GenerateActivitiesOptions {
  database: DatabaseConfig;
  activities: number;
  /** Entries of the one busy organisation. */
  hot?: number;
  seed?: number;
  log?: (line: string) => void;
}

const FIVE_YEARS = 5 * 365.25 * 24 * 3600 * 1000;
const TABLES = ['activities', 'activity_links'];

/** Fills the activity tables of a database with master data; refuses one that has entries already. */
export async function generateActivities(options: GenerateActivitiesOptions) {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const handle = openDatabase(options.database);
  await migrateToLatest(handle.db);
  const existing = await handle.db
    .selectFrom('activities')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) {
    await handle.close();
    throw new Error('the database already has activities; generate into one without');
  }
  // The master-data generator's colleagues write the entries (not the bench's admin).
  const users = await handle.db
    .selectFrom('users')
    .select('id')
    .where('email', 'like', '%@kontor-bench.de')
    .orderBy('email')
    .execute();
  if (users.length === 0) throw new Error('no generated users: run master-data.ts first');
  const targets = await linkTargets(handle.db);
  const hot = await busiestOrganization(handle.db);
  log(
    `  ${targets.length.toLocaleString('en-GB')} contacts; the busy organisation ${hot.id} has ${hot.people.length} people`,
  );
  const indexes = await dropIndexes(handle.db, handle.engine, TABLES);
  log(`  dropped ${indexes.length} indexes for the load:\n${indexes.map((d) => `    ${d};`).join('\n')}`);
  await handle.close();

  const sink =
    options.database.engine === 'sqlite'
      ? sqliteSink(options.database.file, ACTIVITY_LAYOUT)
      : await postgresSink(options.database.url, ACTIVITY_LAYOUT);
  const counts = { activities: 0, activity_links: 0, open: 0 };
  const random = new Random(options.seed ?? 1);
  const now = Date.now();
  const write = activityRows({
    random,
    add: (table: ActivityTable, row: Value[]) => {
      counts[table]++;
      sink.add(table, row);
    },
    userIds: users.map((u) => u.id),
    now,
    openShare: 0.1,
    deletedShare: 0.005,
  });
  const total = options.activities;
  const hotEvery = Math.max(1, Math.floor(total / (options.hot ?? 10_000)));
  // Pinned entries of the busy organisation: more than a timeline shows (10), spread over the years.
  const hotPinnedEvery = hotEvery * 500;
  const start = now - FIVE_YEARS;
  for (let i = 0; i < total; i++) {
    // One entry per slot of time, at a random moment in it: dates ascend with the ids.
    const occurredAt = start + (FIVE_YEARS * (i + random.next())) / total;
    const plan: EntryPlan =
      i % hotEvery === hotEvery - 1
        ? hotEntry(random, hot, occurredAt, i % hotPinnedEvery === hotPinnedEvery - 1)
        : entry(random, random.pick(targets), occurredAt);
    if (write(plan)) counts.open++;
    await sink.checkpoint();
    if (i % 500_000 === 499_999) log(`  ${(i + 1).toLocaleString('en-GB')} activities`);
  }
  await sink.finish({});

  const indexing = performance.now();
  const after = openDatabase(options.database);
  // One connection, so the memory setting holds for every index build.
  await after.db.connection().execute(async (db) => {
    if (after.engine === 'postgres') await sql`set maintenance_work_mem = '512MB'`.execute(db);
    await createIndexes(db, indexes);
    await sql`analyze`.execute(db);
  });
  await after.close();
  const seconds = (performance.now() - started) / 1000;
  log(
    `generated ${counts.activities.toLocaleString('en-GB')} activities (${counts.open.toLocaleString('en-GB')} open) with ${counts.activity_links.toLocaleString('en-GB')} links in ${seconds.toFixed(0)} s, ${((performance.now() - indexing) / 1000).toFixed(0)} s of it building indexes (${options.database.engine})`,
  );
  return { ...counts, seconds, hotOrganizationId: hot.id };
}

/** An everyday entry: with one contact, about half of them also with the contact's employer. */
function entry(random: Random, target: LinkTarget, occurredAt: number): EntryPlan {
  const links: EntryPlan['links'] = [{ recordType: 'contact', recordId: target.contactId }];
  if (target.organizationId && random.chance(0.5))
    links.push({ recordType: 'organization', recordId: target.organizationId });
  return { occurredAt, links, pinned: random.chance(0.003) };
}

/** The busy organisation's entry: with the company, mostly also with one of its people. */
function hotEntry(
  random: Random,
  hot: { id: string; people: string[] },
  occurredAt: number,
  pinned: boolean,
): EntryPlan {
  const links: EntryPlan['links'] = [{ recordType: 'organization', recordId: hot.id }];
  if (hot.people.length > 0 && random.chance(0.7))
    links.push({ recordType: 'contact', recordId: random.pick(hot.people) });
  return { occurredAt, links, pinned };
}

type Handle = ReturnType<typeof openDatabase>;

async function linkTargets(db: Handle['db']): Promise<LinkTarget[]> {
  const rows = await db
    .selectFrom('contacts')
    .leftJoin('employments', 'employments.id', 'contacts.current_employment_id')
    .select(['contacts.id', 'employments.organization_id'])
    .orderBy('contacts.id')
    .execute();
  return rows.map((row) => ({ contactId: row.id, organizationId: row.organization_id ?? null }));
}

/** The organisation the generator gives its busy entries (the same answer before and after). */
export async function busiestOrganization(db: Handle['db']): Promise<{ id: string; people: string[] }> {
  const top = await db
    .selectFrom('employments')
    .select(['organization_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('end_date', 'is', null)
    .groupBy('organization_id')
    // Past benchmark runs hang thousands of created contacts on one employer: not a customer.
    .having((eb) => eb.fn.countAll(), '<=', 50)
    .orderBy('n', 'desc')
    .orderBy('organization_id')
    .limit(1)
    .executeTakeFirstOrThrow();
  const people = await db
    .selectFrom('employments')
    .select('contact_id')
    .where('organization_id', '=', top.organization_id)
    .where('end_date', 'is', null)
    .orderBy('contact_id')
    .execute();
  return { id: top.organization_id, people: people.map((p) => p.contact_id) };
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      activities: { type: 'string', default: '5000' },
      hot: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
    },
  });
  await generateActivities({
    database: loadConfig(process.env).database,
    activities: Number(values.activities),
    hot: Math.min(Number(values.hot), Number(values.activities)),
    seed: Number(values.seed),
  });
}
