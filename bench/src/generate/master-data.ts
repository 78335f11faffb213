// Generates plausible German organisations and contacts straight into Kontor's database, filling
// every column exactly as the organisation and contact services would (keys, sets, denormalised
// list columns, customer numbers and their sequence), but in bulk:
//
//   node --import tsx bench/src/generate/master-data.ts --contacts 1000000 --organizations 200000
//
// DATABASE_URL selects PostgreSQL, otherwise KONTOR_DATA_DIR/kontor.sqlite. The schema is migrated
// first. The data depends only on --seed (default 1) and today's date; ids are fresh UUIDv7s.
import { parseArgs } from 'node:util';
import { foldGerman } from '@kontor/domain/normalize';
import { type DatabaseConfig, loadConfig } from '@kontor/server/src/platform/config.ts';
import { migrateToLatest, openDatabase } from '@kontor/server/src/platform/db/connection.ts';
import { newId } from '@kontor/server/src/platform/db/ids.ts';
import { addContacts } from './contact-rows.ts';
import { addOrganizations } from './organization-rows.ts';
import { postgresSink } from './postgres-sink.ts';
import { Random } from './random.ts';
import { rowKit } from './row-kit.ts';
import { searchRows } from './search-rows.ts';
import { sqliteSink } from './sqlite-sink.ts';
import type { Sink, Table, Value } from './tables.ts';

export interface GenerateOptions {
  database: DatabaseConfig;
  contacts: number;
  organizations: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface GenerateResult {
  rows: Record<Table, number>;
  seconds: number;
}

const USERS = [
  ['Anna Schäfer', 'manager'],
  ['Jörg Weiß', 'sales'],
  ['Sabine Groß', 'sales'],
  ['Mehmet Özdemir', 'sales'],
  ['Björn Kühn', 'sales'],
  ['Käthe Jäger', 'service'],
  ['Lutz Meier', 'manager'],
] as const;

/** Fills an empty (but migrated, or new) database; refuses one that already has organisations. */
export async function generateMasterData(options: GenerateOptions): Promise<GenerateResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const handle = openDatabase(options.database);
  await migrateToLatest(handle.db);
  const existing = await handle.db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) {
    await handle.close();
    throw new Error('the database already has organisations; generate into an empty one');
  }
  const userIds: string[] = [];
  const now = new Date().toISOString();
  for (const [name, role] of USERS) {
    const email = `${foldGerman(name).replace(' ', '.')}@kontor-bench.de`;
    const found = await handle.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirst();
    if (found) {
      userIds.push(found.id);
      continue;
    }
    const id = newId();
    await handle.db
      .insertInto('users')
      .values({
        id,
        email,
        name,
        password_hash: null,
        role_key: role,
        language: 'de',
        color_scheme: 'auto',
        active: 1,
        last_login_at: null,
        created_at: now,
        updated_at: now,
        created_by: null,
      })
      .execute();
    userIds.push(id);
  }
  await handle.close();

  const sink =
    options.database.engine === 'sqlite'
      ? sqliteSink(options.database.file)
      : await postgresSink(options.database.url);
  const counts = await produce(sink, options, userIds, log);
  const seconds = (performance.now() - started) / 1000;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  log(
    `generated ${Object.entries(counts)
      .map(([t, n]) => `${n.toLocaleString('en-GB')} ${t}`)
      .join(
        ', ',
      )} in ${seconds.toFixed(1)} s (${Math.round(total / seconds).toLocaleString('en-GB')} rows/s, ${options.database.engine})`,
  );
  return { rows: counts, seconds };
}

async function produce(
  sink: Sink,
  options: GenerateOptions,
  userIds: readonly string[],
  log: (line: string) => void,
): Promise<Record<Table, number>> {
  const random = new Random(options.seed ?? 1);
  const counts: Record<Table, number> = {
    organizations: 0,
    addresses: 0,
    contacts: 0,
    employments: 0,
    contact_emails: 0,
    contact_phones: 0,
    search_documents: 0,
    search_terms: 0,
    search_vocabulary: 0,
    search_typo_keys: 0,
  };
  const add = (table: Table, row: Value[]) => {
    counts[table]++;
    sink.add(table, row);
  };
  const kit = rowKit(random, add, userIds);
  const search = searchRows(add);
  const checkpoint = () => sink.checkpoint();
  const organizations = await addOrganizations(kit, search, options.organizations, checkpoint);
  log(`  ${options.organizations.toLocaleString('en-GB')} organisations`);
  await addContacts(kit, search, options.contacts, organizations, checkpoint, log);
  await search.finish(checkpoint);
  log(`  ${counts.search_vocabulary.toLocaleString('en-GB')} search vocabulary terms`);
  await sink.finish({
    'customer-number': organizations.customerNumber,
    'supplier-number': organizations.supplierNumber,
  });
  return counts;
}

if (import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      contacts: { type: 'string', default: '1000' },
      organizations: { type: 'string', default: '200' },
      seed: { type: 'string', default: '1' },
    },
  });
  const config = loadConfig(process.env);
  await generateMasterData({
    database: config.database,
    contacts: Number(values.contacts),
    organizations: Number(values.organizations),
    seed: Number(values.seed),
  });
}
