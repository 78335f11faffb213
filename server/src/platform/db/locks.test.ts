import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, testEngine } from '../../../test/harness.js';
import { type DatabaseHandle, migrateToLatest } from './connection.js';
import { lockNamed } from './locks.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('lockNamed', () => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await freshDatabase();
    await migrateToLatest(database.db);
  });
  afterEach(() => database.close());

  it('makes a second transaction wait until the first one has committed', async () => {
    const events: string[] = [];
    const first = database.db.transaction().execute(async (trx) => {
      await lockNamed(trx, 'user-access');
      events.push('first locked');
      await sleep(300);
      events.push('first commits');
    });
    await sleep(50);
    const second = database.db.transaction().execute(async (trx) => {
      await lockNamed(trx, 'user-access');
      events.push('second locked');
    });
    await Promise.all([first, second]);
    expect(events).toEqual(['first locked', 'first commits', 'second locked']);
  });

  // SQLite runs one writing transaction at a time by design, so only PostgreSQL can show this.
  it.skipIf(testEngine() === 'sqlite')('lets transactions on different names run side by side', async () => {
    const events: string[] = [];
    const first = database.db.transaction().execute(async (trx) => {
      await lockNamed(trx, 'a');
      await sleep(300);
      events.push('a done');
    });
    await sleep(50);
    await database.db.transaction().execute(async (trx) => {
      await lockNamed(trx, 'b');
      events.push('b done');
    });
    await first;
    expect(events).toEqual(['b done', 'a done']);
  });
});
