import { afterEach, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/harness.js';
import { type DatabaseHandle, migrateToLatest } from './connection.js';
import { insertInChunks } from './insert-chunks.js';

let database: DatabaseHandle | undefined;
afterEach(() => database?.close());

it('splits rows naming different columns so no statement binds more than the engines allow', async () => {
  database = await freshDatabase();
  await migrateToLatest(database.db);
  // The first row names 6 columns, the rest 8: chunks sized by the first row alone would
  // bind 40,000 parameters in one statement, beyond SQLite's 32,766.
  const rows = Array.from({ length: 10_000 }, (_, i) => ({
    id: `a${i}`,
    owner_type: 'contact',
    owner_id: `c${i}`,
    type: 'billing',
    position: 0,
    country_code: 'DE',
    ...(i === 0 ? {} : { city: 'Köln', postal_code: '50667' }),
  }));
  await insertInChunks(database.db, 'addresses', rows);
  const stored = await database.db
    .selectFrom('addresses')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('city').as('cities')])
    .executeTakeFirstOrThrow();
  expect([Number(stored.n), Number(stored.cities)]).toEqual([10_000, 9_999]);
});
