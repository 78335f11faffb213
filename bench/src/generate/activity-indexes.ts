// Bulk loads go faster into bare tables: the activity tables' secondary indexes (the GIN trigram
// index above all) are dropped before the load and built once afterwards, from their own definitions.
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: reads the catalogue, not Kontor's tables
type AnyDb = Kysely<any>;

/** Drops the tables' secondary indexes; returns the statements that build them again. */
export async function dropIndexes(
  db: AnyDb,
  engine: 'sqlite' | 'postgres',
  tables: readonly string[],
): Promise<string[]> {
  const { rows } =
    engine === 'sqlite'
      ? await sql<{ name: string; definition: string }>`
          select name, sql as definition from sqlite_master
          where type = 'index' and sql is not null and tbl_name in (${sql.join(tables)})`.execute(db)
      : // Indexes behind primary keys and unique constraints stay: they are the constraints.
        await sql<{ name: string; definition: string }>`
          select i.relname as name, pg_get_indexdef(i.oid) as definition
          from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
          where t.relname in (${sql.join(tables)}) and not x.indisprimary and not x.indisunique`.execute(db);
  for (const row of rows) await sql`drop index ${sql.ref(row.name)}`.execute(db);
  return rows.map((row) => row.definition);
}

export async function createIndexes(db: AnyDb, definitions: readonly string[]): Promise<void> {
  for (const definition of definitions) await sql.raw(definition).execute(db);
}
