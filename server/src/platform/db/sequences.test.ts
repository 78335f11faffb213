import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/harness.js';
import { type DatabaseHandle, migrateToLatest } from './connection.js';
import { nextSequenceValue } from './sequences.js';

describe('sequences', () => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await freshDatabase();
    await migrateToLatest(database.db);
  });
  afterEach(() => database.close());

  it('hands out 1, 2, 3 … per name', async () => {
    expect(await nextSequenceValue(database.db, 'customer')).toBe(1);
    expect(await nextSequenceValue(database.db, 'customer')).toBe(2);
    expect(await nextSequenceValue(database.db, 'quotation-2026')).toBe(1);
  });

  it('never gives two concurrent transactions the same number', async () => {
    const numbers = await Promise.all(
      Array.from({ length: 40 }, () =>
        database.db.transaction().execute(async (trx) => {
          const value = await nextSequenceValue(trx, 'order');
          // Hold the transaction open a moment, as a real action does while it writes its record.
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
          return value;
        }),
      ),
    );
    expect(new Set(numbers).size).toBe(40);
    expect(Math.max(...numbers)).toBe(40);
  });

  it('gives a rolled-back number back', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await nextSequenceValue(trx, 'invoice');
        throw new Error('action failed');
      }),
    ).rejects.toThrow('action failed');
    expect(await nextSequenceValue(database.db, 'invoice')).toBe(1);
  });

  it('runs the migrations idempotently', async () => {
    expect(await migrateToLatest(database.db)).toEqual([]);
  });
});
