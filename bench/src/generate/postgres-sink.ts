// Writes generated rows into PostgreSQL.
import pg from 'pg';
import { type Layout, MASTER_DATA, type Sink, type Table, type Value } from './tables.ts';

/**
 * PostgreSQL: one `insert … select * from unnest($1::text[], …)` per table and batch, so a batch of
 * thousands of rows is one statement with one parameter per column (no 65,535-parameter limit).
 */
export async function postgresSink<T extends string = Table>(
  url: string,
  layout: Layout<T> = MASTER_DATA as unknown as Layout<T>,
): Promise<Sink<T>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('set synchronous_commit = off');
  const buffers = Object.fromEntries(
    layout.order.map((table) => [table, layout.columns[table].map(() => [] as Value[])]),
  ) as Record<T, Value[][]>;
  const sizes = Object.fromEntries(layout.order.map((table) => [table, 0])) as Record<T, number>;
  const statements = Object.fromEntries(
    layout.order.map((table) => {
      const columns = layout.columns[table];
      const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
      return [
        table,
        `insert into ${table} (${columns.map(([n]) => n).join(', ')}) select * from unnest(${arrays})`,
      ];
    }),
  ) as Record<T, string>;

  const flush = async () => {
    await client.query('begin');
    for (const table of layout.order) {
      if (sizes[table] === 0) continue;
      await client.query(statements[table] as string, buffers[table] as unknown[]);
      buffers[table] = layout.columns[table].map(() => []);
      sizes[table] = 0;
    }
    await client.query('commit');
  };
  return {
    add(table, row) {
      const columns = buffers[table];
      for (let i = 0; i < row.length; i++) (columns[i] as Value[]).push(row[i] as Value);
      sizes[table]++;
    },
    async checkpoint() {
      if (Object.values<number>(sizes).some((n) => n >= 10_000)) await flush();
    },
    async finish(sequences) {
      await flush();
      for (const [name, value] of Object.entries(sequences)) {
        await client.query(
          'insert into sequences (name, value) values ($1, $2) on conflict (name) do update set value = excluded.value',
          [name, value],
        );
      }
      // What autovacuum would do soon after such a load; without it the planner guesses.
      await client.query('analyze');
      await client.end();
    },
  };
}
