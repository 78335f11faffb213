import { Migrator, sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { freshDatabase, testEngine } from '../../../../test/harness.js';
import type { DatabaseHandle } from '../connection.js';
import { migrationProvider } from './index.js';

let database: DatabaseHandle | undefined;
afterEach(() => database?.close());

it('keys the cities of existing organisations and contacts, own before inherited', async () => {
  database = await freshDatabase();
  const { db } = database;
  const migrator = new Migrator({ db, provider: migrationProvider });
  expect((await migrator.migrateTo('0007-search-fuzzy')).error).toBeUndefined();

  const now = new Date().toISOString();
  const organization = (id: string, city: string | null) => ({
    id,
    name: id,
    name_key: id,
    kind: 'company',
    city,
    created_at: now,
    updated_at: now,
  });
  const contact = (id: string, city: string | null, employment: string | null) => ({
    id,
    last_name: id,
    name: id,
    name_key: id,
    city,
    current_employment_id: employment,
    created_at: now,
    updated_at: now,
  });
  // Inserted without city_key: the column does not exist yet at 0007.
  // biome-ignore lint/suspicious/noExplicitAny: rows of the schema before this migration
  const old = db as any;
  await old
    .insertInto('organizations')
    .values([organization('o-muc', 'München'), organization('o-none', null)])
    .execute();
  await old
    .insertInto('contacts')
    .values([
      contact('c-inherits', null, 'e-1'),
      contact('c-own', 'Köln', 'e-2'),
      contact('c-employer-without-city', null, 'e-3'),
      contact('c-nothing', null, null),
    ])
    .execute();
  await old
    .insertInto('employments')
    .values([
      { id: 'e-1', contact_id: 'c-inherits', organization_id: 'o-muc' },
      { id: 'e-2', contact_id: 'c-own', organization_id: 'o-muc' },
      { id: 'e-3', contact_id: 'c-employer-without-city', organization_id: 'o-none' },
    ])
    .execute();

  expect((await migrator.migrateToLatest()).error).toBeUndefined();
  const keys = async (table: 'organizations' | 'contacts') =>
    Object.fromEntries(
      (await db.selectFrom(table).select(['id', 'city_key']).execute()).map((r) => [r.id, r.city_key]),
    );
  expect(await keys('organizations')).toEqual({ 'o-muc': 'muenchen', 'o-none': '' });
  expect(await keys('contacts')).toEqual({
    'c-inherits': 'muenchen',
    'c-own': 'koeln',
    'c-employer-without-city': '',
    'c-nothing': '',
  });
});

it.runIf(testEngine() === 'postgres')(
  'gives PostgreSQL key columns the C collation, so prefix filters can use their index',
  async () => {
    database = await freshDatabase();
    const migrator = new Migrator({ db: database.db, provider: migrationProvider });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const { rows } = await sql<{ table_name: string; column_name: string; collation_name: string }>`
    select table_name, column_name, collation_name from information_schema.columns
    where table_name in ('contacts', 'organizations') and column_name in ('name_key', 'city_key')
    order by table_name, column_name`.execute(database.db);
    expect(rows).toEqual([
      { table_name: 'contacts', column_name: 'city_key', collation_name: 'C' },
      { table_name: 'contacts', column_name: 'name_key', collation_name: 'C' },
      { table_name: 'organizations', column_name: 'city_key', collation_name: 'C' },
      { table_name: 'organizations', column_name: 'name_key', collation_name: 'C' },
    ]);
  },
);
