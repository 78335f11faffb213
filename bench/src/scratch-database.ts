import pg from 'pg';

/**
 * With a PostgreSQL URL, a new empty database beside the one named (benchmarks must start
 * from the same state every run), dropped again afterwards. Without one: nothing (SQLite).
 */
export async function scratchDatabase(
  serverUrl: string | undefined,
): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  if (!serverUrl) return undefined;
  const name = `kontor_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
