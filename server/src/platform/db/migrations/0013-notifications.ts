import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // due | assigned | mention
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    // What the notification is about within its kind: the due date for `due` (an entry
    // rescheduled and due again is news again), empty otherwise.
    .addColumn('about', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  // Each notification exists at most once, however often a check or an event runs.
  await db.schema
    .createIndex('notifications_once_idx')
    .on('notifications')
    .columns(['user_id', 'kind', 'activity_id', 'about'])
    .unique()
    .execute();
  // The bell: my notifications newest first, and my unread ones (count and filter).
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('notifications_unread_idx')
    .on('notifications')
    .columns(['user_id', 'created_at', 'id'])
    .where(sql.ref('read_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('notifications_activity_idx')
    .on('notifications')
    .column('activity_id')
    .execute();
  // The due check's claim reads only entries not yet told: overdue entries already told (which
  // stay open until someone acts) are never scanned again.
  await db.schema
    .createIndex('activities_due_pending_idx')
    .on('activities')
    .columns(['due_at', 'id'])
    .where(sql.ref('status'), '=', 'open')
    .where(sql.ref('deleted_at'), 'is', null)
    .where(sql.ref('due_notified_at'), 'is', null)
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('activities_due_pending_idx').execute();
  await db.schema.dropTable('notifications').execute();
}
