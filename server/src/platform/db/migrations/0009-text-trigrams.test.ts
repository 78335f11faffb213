import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { freshDatabase, testEngine } from '../../../../test/harness.js';
import { type DatabaseHandle, migrateToLatest } from '../connection.js';

let database: DatabaseHandle | undefined;
afterEach(() => database?.close());

// Whether the planner picks them depends on the data (at 1M contacts it ANDs the name and city
// trigram bitmaps, see bench/); here: they exist, as GIN trigram indexes on the key columns.
it.runIf(testEngine() === 'postgres')(
  'gives the key columns trigram indexes for contains filters',
  async () => {
    database = await freshDatabase();
    const { db } = database;
    await migrateToLatest(db);
    const { rows } = await sql<{ indexname: string; indexdef: string }>`
    select indexname, indexdef from pg_indexes where indexname like '%_trgm'
      and tablename in ('contacts', 'organizations') order by indexname`.execute(db);
    expect(
      rows.map((row) => [row.indexname, /USING gin \((\w+) gin_trgm_ops\)/.exec(row.indexdef)?.[1]]),
    ).toEqual([
      ['contacts_city_key_trgm', 'city_key'],
      ['contacts_name_key_trgm', 'name_key'],
      ['organizations_city_key_trgm', 'city_key'],
      ['organizations_name_key_trgm', 'name_key'],
    ]);
  },
);
