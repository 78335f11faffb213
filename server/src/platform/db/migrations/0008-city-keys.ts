import { foldGerman } from '@kontor/domain/normalize';
import { type Kysely, sql } from 'kysely';

// Folded city keys (lower case, umlauts spelled out) for the lists' city filter and sort: the
// contact's own city or else its employer's, stored, so a filter needs neither a join nor a
// per-row function. Never NULL ('' for no city), so sorting by it uses its index bare. Backfilled here with the folding of this version; a later change of the
// folding would bring its own re-keying migration.
// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['organizations', 'contacts']) {
    await db.schema
      .alterTable(table)
      .addColumn('city_key', 'text', (c) => c.notNull().defaultTo(''))
      .execute();
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
