import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

describe('withStatementCache', () => {
  it('prepares each SQL text once and keeps at most the limit', () => {
    const sqlite = new SQLite(':memory:');
    let prepared = 0;
    const counting = {
      close: () => sqlite.close(),
      prepare: (sql: string) => {
        prepared++;
        return sqlite.prepare(sql);
      },
    };
    const database = withStatementCache(counting, 2);
    expect(database.prepare('select 1 as a').all([])).toEqual([{ a: 1 }]);
    expect(database.prepare('select 1 as a').all([])).toEqual([{ a: 1 }]);
    expect(prepared).toBe(1);
    database.prepare('select 2');
    database.prepare('select 3');
    database.prepare('select 1 as a');
    expect(prepared).toBe(4);
    database.close();
  });
});
