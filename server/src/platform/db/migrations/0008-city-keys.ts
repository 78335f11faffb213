import { foldGerman } from '@kontor/domain/normalize';
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Folded city keys (lower case, umlauts spelled out) for the lists' city filter and sort: the
// contact's own city or else its employer's, stored, so a filter needs neither a join nor a
// per-row function. Never NULL ('' for no city), so sorting by it uses its index bare.
// Backfilled with the folding of this version; a later change of the folding would bring its
// own re-keying migration.
// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const table of ['organizations', 'contacts']) {
    await db.schema
      .alterTable(table)
      .addColumn('city_key', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
    // Keys compare by bytes, as in SQLite: only the C collation lets PostgreSQL serve a prefix
    // filter (LIKE 'muel%') from the index, whatever locale the database was created with.
    if (postgres) {
      for (const column of ['name_key', 'city_key']) {
        await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} type text collate "C"`.execute(
          db,
        );
      }
    }
    await backfillOwnCities(db, table);
    await db.schema.createIndex(`${table}_city_key_idx`).on(table).columns(['city_key', 'id']).execute();
  }
  // Sorting by city now orders by the key; the index on the raw column has no reader left.
  await db.schema.dropIndex('organizations_city_idx').execute();
  // Contacts without an own address take their current employer's key, set-based in SQL.
  await sql`
    update contacts set city_key = coalesce((
      select employer.city_key from employments current
      join organizations employer on employer.id = current.organization_id
      where current.id = contacts.current_employment_id), '')
    where city is null and current_employment_id is not null`.execute(db);
  // Name and city together are the commonest contact search ("Mül*" in "München"); with the key
  // in the name index, the city condition is decided from the index for every name match, and
  // only the matching rows are read. The order (name_key, id) for keyset paging stays intact.
  await db.schema.dropIndex('contacts_name_idx').execute();
  await db.schema
    .createIndex('contacts_name_idx')
    .on('contacts')
    .columns(['name_key', 'id', 'city_key'])
    .execute();
}

const BATCH = 2000;

/** Sets city_key from the table's own city column, in keyset batches of bulk updates. */
// biome-ignore lint/suspicious/noExplicitAny: see above
async function backfillOwnCities(db: Kysely<any>, table: string): Promise<void> {
  let after = '';
  for (;;) {
    const rows: { id: string; city: string }[] = await db
      .selectFrom(table)
      .select(['id', 'city'])
      .where('id', '>', after)
      .where('city', 'is not', null)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return;
    // VALUES names its columns column1, column2 on both engines.
    const values = sql.join(rows.map((row) => sql`(${row.id}, ${foldGerman(row.city)})`));
    await sql`update ${sql.table(table)} set city_key = v.column2 from (values ${values}) as v
      where ${sql.table(table)}.id = v.column1`.execute(db);
    after = rows.at(-1)?.id ?? after;
  }
}
