import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/harness.js';
import type { Principal } from '../../platform/auth/principal.js';
import { type DatabaseHandle, migrateToLatest } from '../../platform/db/connection.js';
import { newestLinked } from './timeline.js';

const everything: Principal = {
  userId: 'u',
  role: 'admin',
  language: 'de',
  permissions: ['activities.read'],
  visibility: 'all',
  teamIds: [],
  via: 'token',
};

describe('newest entries of many linked records', () => {
  let database: DatabaseHandle;
  beforeEach(async () => {
    database = await freshDatabase();
    await migrateToLatest(database.db);
  });
  afterEach(() => database.close());

  // More records than one SQLite statement takes, each with two entries at its own time; one
  // entry linked to two of them. The newest eleven come from records in different statements.
  it('merges the newest of each record across statements, counting an entry once', async () => {
    const keys = Array.from({ length: 450 }, (_, n) => ({ recordType: 'contact', recordId: `c${n}` }));
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
    const entries = keys.flatMap((key, n) => [
      { id: `a${String(n).padStart(3, '0')}-old`, key, occurredAt: at(n) },
      { id: `a${String(n).padStart(3, '0')}-new`, key, occurredAt: at(1000 + ((n * 7) % 450)) },
    ]);
    await database.db
      .insertInto('activities')
      .values(
        entries.map((entry) => ({
          id: entry.id,
          type: 'note',
          subject: entry.id,
          subject_key: entry.id,
          text_key: entry.id,
          occurred_at: entry.occurredAt,
          status: 'done',
          created_at: entry.occurredAt,
          updated_at: entry.occurredAt,
        })),
      )
      .execute();
    const links = [
      ...entries.map((entry) => ({ activity: entry.id, ...entry.key, occurredAt: entry.occurredAt })),
      // The newest entry of all, linked to a second record too.
      {
        activity: entries[1]?.id ?? '',
        recordType: 'contact',
        recordId: 'c449',
        occurredAt: entries[1]?.occurredAt ?? '',
      },
    ];
    for (let start = 0; start < links.length; start += 100) {
      await database.db
        .insertInto('activity_links')
        .values(
          links.slice(start, start + 100).map((link) => ({
            activity_id: link.activity,
            record_type: link.recordType,
            record_id: link.recordId,
            occurred_at: link.occurredAt,
          })),
        )
        .execute();
    }
    const expected = [...entries]
      .sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1))
      .slice(0, 11)
      .map((entry) => entry.id);
    const found = await newestLinked(database.db, database.engine, everything, keys);
    expect(found).toEqual({ pinned: [], recent: expected });
  });
});
