import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  // A view without a team is private. Deleting its team makes a shared view private again
  // (set null) instead of deleting the owner's work; deleting its owner deletes it.
  await db.schema
    .createTable('saved_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // Names are unique per owner and record type, regardless of case; the same index serves
  // "my views of this type" in name order.
  await db.schema
    .createIndex('saved_views_owner_name_idx')
    .on('saved_views')
    .columns(['owner_id', 'record_type', 'name_key'])
    .unique()
    .execute();
  // "Views shared with my teams" for one record type.
  await db.schema
    .createIndex('saved_views_team_idx')
    .on('saved_views')
    .columns(['team_id', 'record_type'])
    .execute();

  // Each user's default view per record type: the list opens with it. Goes when the view goes.
  await db.schema
    .createTable('saved_view_defaults')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('view_id', 'text', (c) => c.notNull().references('saved_views.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('saved_view_defaults_pk', ['user_id', 'record_type'])
    .execute();
  await db.schema
    .createIndex('saved_view_defaults_view_idx')
    .on('saved_view_defaults')
    .column('view_id')
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('saved_view_defaults').execute();
  await db.schema.dropTable('saved_views').execute();
}
