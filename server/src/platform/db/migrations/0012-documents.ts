import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  // Files attached to records (A9). The bytes live in the file storage under `sha256`; several
  // rows may share one stored file. No owner of their own: a document is visible to whoever
  // may see its record.
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    // Folded file name: case-insensitive sort and filter that an index serves.
    .addColumn('file_name_key', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    // integer: the upload limit (at most 2047 MB) keeps sizes within 32 bits on both engines.
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // A record's documents, newest first; the overall list's default sort and its file-name sort;
  // whether a stored file is still referenced.
  await db.schema
    .createIndex('documents_record_idx')
    .on('documents')
    .columns(['record_type', 'record_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('documents_created_idx')
    .on('documents')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('documents_file_name_idx')
    .on('documents')
    .columns(['file_name_key', 'id'])
    .execute();
  await db.schema.createIndex('documents_sha256_idx').on('documents').column('sha256').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter)
    await sql`alter table documents alter column file_name_key type text collate "C"`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('documents').execute();
}
