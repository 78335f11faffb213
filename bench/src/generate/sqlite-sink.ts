// Writes generated rows into SQLite.
import SQLite from 'better-sqlite3';
import { type Layout, MASTER_DATA, type Sink, type Table } from './tables.ts';

/** better-sqlite3 directly: prepared statements, big transactions, no fsync until the end. */
export function sqliteSink<T extends string = Table>(
  file: string,
  layout: Layout<T> = MASTER_DATA as unknown as Layout<T>,
): Sink<T> {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -262144');
  const statements = Object.fromEntries(
    layout.order.map((table) => {
      const columns = layout.columns[table].map(([name]) => name);
      return [
        table,
        db.prepare(
          `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
        ),
      ];
    }),
  ) as Record<T, SQLite.Statement>;
  let pending = 0;
  db.exec('begin');
  return {
    add(table, row) {
      statements[table].run(row);
      pending++;
    },
    async checkpoint() {
      if (pending < 200_000) return;
      db.exec('commit');
      db.exec('begin');
      pending = 0;
    },
    async finish(sequences) {
      for (const [name, value] of Object.entries(sequences)) {
        db.prepare(
          'insert into sequences (name, value) values (?, ?) on conflict (name) do update set value = excluded.value',
        ).run(name, value);
      }
      db.exec('commit');
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
