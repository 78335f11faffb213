import type { Kysely } from 'kysely';

// The customer link (issue 5): a quotation opened and accepted online without a login. Only the
// token's digest is stored; visits are counted once per visitor cookie, so a reload does not
// record "Angebot geöffnet" again.

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('quotation_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('quotation_id', 'text', (c) => c.notNull().references('quotations.id').onDelete('cascade'))
    .addColumn('token_digest', 'text', (c) => c.notNull().unique())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('opened_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_opened_at', 'text')
    .addColumn('accepted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('quotation_links_quotation_idx')
    .on('quotation_links')
    .columns(['quotation_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('quotation_link_visits')
    .addColumn('link_id', 'text', (c) => c.notNull().references('quotation_links.id').onDelete('cascade'))
    .addColumn('visitor_digest', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quotation_link_visits_pk', ['link_id', 'visitor_digest'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('quotation_link_visits').execute();
  await db.schema.dropTable('quotation_links').execute();
}
