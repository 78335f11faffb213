import { type Kysely, PostgresAdapter, sql } from 'kysely';

// A bare term in a list's text filter means "contains" (SPEC X2): LIKE '%term%', which no B-tree
// serves. On PostgreSQL, trigram indexes (pg_trgm, part of Debian's postgresql package and a
// trusted extension, so the database owner may create it) let such filters, alone or combined
// with others, read only matching rows. SQLite scans its covering key indexes instead.
// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  const { rows } = await sql<{ name: string }>`
    select name from pg_available_extensions where name = 'pg_trgm'`.execute(db);
  // Without the extension (a server built without contrib) contains-filters still work, scanning.
  if (rows.length === 0) return;
  await sql`create extension if not exists pg_trgm`.execute(db);
  for (const table of ['organizations', 'contacts']) {
    for (const column of ['name_key', 'city_key']) {
      await sql`create index ${sql.id(`${table}_${column}_trgm`)} on ${sql.table(table)}
        using gin (${sql.ref(column)} gin_trgm_ops)`.execute(db);
    }
  }
}
