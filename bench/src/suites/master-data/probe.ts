// Direct access to the server's database from the bench process: the statements Kontor's service
// code issues (captured through Kysely's log), replayed on the bare driver, and their query plans.
import type { DatabaseConfig } from '@kontor/server/src/platform/config.ts';
import { registerSqliteFunctions } from '@kontor/server/src/platform/db/dialect/text.ts';
import type { Database } from '@kontor/server/src/platform/db/schema.ts';
import SQLite from 'better-sqlite3';
import { Kysely, type LogEvent, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';

export interface Statement {
  sql: string;
  parameters: readonly unknown[];
}

/** Direct access to the server's database from the bench process: capture, bare replay, plans. */
export interface Probe {
  db: Kysely<Database>;
  /** The statements Kontor's own service code issues while `action` runs, in order. */
  capture(action: () => Promise<unknown>): Promise<Statement[]>;
  /** One statement on the bare driver (better-sqlite3 / pg), no Kysely, no HTTP. */
  execute(statement: Statement): Promise<unknown[]>;
  plan(statement: Statement): Promise<string[]>;
  close(): Promise<void>;
}

export function formatSql(statement: Statement): string {
  return `   ${statement.sql.replace(/\s+/g, ' ')}\n   -- parameters: ${JSON.stringify(statement.parameters)}`;
}

export async function openProbe(config: DatabaseConfig): Promise<Probe> {
  let captured: Statement[] | null = null;
  const log = (event: LogEvent) => {
    if (event.level === 'query' && captured)
      captured.push({ sql: event.query.sql, parameters: event.query.parameters });
  };
  const capture = async (action: () => Promise<unknown>) => {
    captured = [];
    try {
      await action();
      return captured;
    } finally {
      captured = null;
    }
  };
  if (config.engine === 'sqlite') {
    // The same connection settings as Kontor's own (connection.ts), so fsyncs cost the same.
    const raw = new SQLite(config.file);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    registerSqliteFunctions(raw);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }), log });
    return {
      db,
      capture,
      async execute({ sql, parameters }) {
        const prepared = raw.prepare(sql);
        if (prepared.reader) return prepared.all(...parameters);
        prepared.run(...parameters);
        return [];
      },
      async plan({ sql, parameters }) {
        const rows = raw.prepare(`explain query plan ${sql}`).all(...parameters) as {
          id: number;
          parent: number;
          detail: string;
        }[];
        const depth = new Map<number, number>([[0, 0]]);
        return rows.map((row) => {
          const d = (depth.get(row.parent) ?? 0) + 1;
          depth.set(row.id, d);
          return `${'  '.repeat(d - 1)}${row.detail}`;
        });
      },
      close: () => db.destroy(),
    };
  }
  const pool = new pg.Pool({ connectionString: config.url, max: 4 });
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log });
  return {
    db,
    capture,
    async execute({ sql, parameters }) {
      return (await client.query(sql, [...parameters])).rows;
    },
    async plan({ sql, parameters }) {
      const result = await client.query(`explain ${sql}`, [...parameters]);
      return result.rows.map((row: Record<string, string>) => row['QUERY PLAN'] ?? '');
    },
    async close() {
      await db.destroy();
      await client.end();
    },
  };
}
