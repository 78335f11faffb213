import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  // Prefix search compares terms by byte order; on PostgreSQL the C collation guarantees it.
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('search_terms')
    .addColumn('term', 'text', (c) => (postgres ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull()))
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_terms_pk', ['term', 'record_type', 'record_id'])
    .execute();
  await db.schema
    .createIndex('search_terms_record_idx')
    .on('search_terms')
    .columns(['record_type', 'record_id'])
    .execute();

  await db.schema
    .createTable('search_documents')
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('subtitle', 'text')
    .addPrimaryKeyConstraint('search_documents_pk', ['record_type', 'record_id'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_documents').execute();
  await db.schema.dropTable('search_terms').execute();
}
