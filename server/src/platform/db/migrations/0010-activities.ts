import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { grantPermissions } from './grants.js';

// Activity permissions as of this migration. Deleting is a soft delete any writer may undo
// through an admin; restoring is the admin's.
const GRANTS: Record<string, string[]> = {
  admin: ['activities.read', 'activities.write', 'activities.delete', 'activities.restore'],
  manager: ['activities.read', 'activities.write', 'activities.delete'],
  sales: ['activities.read', 'activities.write', 'activities.delete'],
  service: ['activities.read', 'activities.write', 'activities.delete'],
  'read-only': ['activities.read'],
};

// The note types offer-cube ships with ("Kunde hat bei uns angerufen"); admins change them.
const NOTE_TYPES: [string, string, string, string | null][] = [
  ['Kunde hat bei uns angerufen', 'Customer called us', 'call', 'in'],
  ['Wir haben den Kunden angerufen', 'We called the customer', 'call', 'out'],
  ['Kunde nicht erreicht', 'Customer not reached', 'call', 'out'],
  ['E-Mail vom Kunden erhalten', 'E-mail received from the customer', 'email', 'in'],
  ['Besuch beim Kunden', 'Visit at the customer', 'visit', null],
  ['Allgemeine Notiz', 'General note', 'note', null],
];

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await grantPermissions(db, GRANTS);

  await db.schema
    .createTable('activity_note_types')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('label_de', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('activity_type', 'text', (c) => c.notNull())
    .addColumn('direction', 'text')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db
    .insertInto('activity_note_types')
    .values(
      NOTE_TYPES.map(([de, en, type, direction], index) => ({
        id: `00000000-0000-7000-8000-${String(index + 1).padStart(12, '0')}`,
        label_de: de,
        label_en: en,
        activity_type: type,
        direction,
        position: (index + 1) * 10,
        active: 1,
      })),
    )
    .execute();

  await db.schema
    .createTable('activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('direction', 'text')
    .addColumn('note_type_id', 'text', (c) => c.references('activity_note_types.id').onDelete('set null'))
    .addColumn('subject', 'text', (c) => c.notNull())
    // Folded subject (sort, filter) and folded subject plus body text (the full-text filter).
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('text_key', 'text', (c) => c.notNull())
    // Sanitised HTML (A10).
    .addColumn('body', 'text')
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text')
    // Set once the assignee was told the entry fell due: the claim that makes it exactly once.
    .addColumn('due_notified_at', 'text')
    .addColumn('assignee_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('assignee_team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('outcome', 'text')
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'text')
    .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('system_key', 'text')
    .addColumn('document_id', 'text')
    // Visibility (X3) goes by the owner, the creator for entries a person wrote; system entries
    // of customer actions have none and belong to the whole company.
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('deleted_at', 'text')
    .addColumn('deleted_by', 'text')
    .execute();

  // The overview's sorts and filters read live entries only: partial indexes leave deleted ones out.
  const live = (name: string, columns: string[]) =>
    db.schema
      .createIndex(name)
      .on('activities')
      .columns(columns)
      .where(sql.ref('deleted_at'), 'is', null)
      .execute();
  await live('activities_occurred_idx', ['occurred_at', 'id']);
  await live('activities_type_idx', ['type', 'occurred_at', 'id']);
  await live('activities_creator_idx', ['created_by', 'occurred_at', 'id']);
  await live('activities_owner_idx', ['owner_id', 'occurred_at', 'id']);
  await live('activities_created_idx', ['created_at', 'id']);
  await live('activities_subject_idx', ['subject_key', 'id']);
  // Follow-ups (A2): open entries per assignee by due date; the due job's pending claims.
  for (const [name, columns] of [
    ['activities_open_user_idx', ['assignee_user_id', 'due_at', 'id']],
    ['activities_open_team_idx', ['assignee_team_id', 'due_at', 'id']],
    ['activities_open_due_idx', ['due_at', 'id']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('activities')
      .columns([...columns])
      .where(sql.ref('deleted_at'), 'is', null)
      .where(sql.ref('status'), '=', 'open')
      .execute();
  }
  await db.schema
    .createIndex('activities_deleted_idx')
    .on('activities')
    .columns(['deleted_at', 'id'])
    .where(sql.ref('deleted_at'), 'is not', null)
    .execute();

  // One entry, many records (A4). The entry's date, pin and deletion are copied here (kept in
  // step by the activity service) so a record's timeline is one index range per linked record.
  await db.schema
    .createTable('activity_links')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('activity_links_pk', ['activity_id', 'record_type', 'record_id'])
    .execute();
  await db.schema
    .createIndex('activity_links_record_idx')
    .on('activity_links')
    .columns(['record_type', 'record_id', 'deleted', 'pinned', 'occurred_at', 'activity_id'])
    .execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table activities alter column subject_key type text collate "C"`.execute(db);
    // Full-text filter (contains) on PostgreSQL reads matching rows only, as for names (0009).
    const { rows } = await sql<{ name: string }>`
      select name from pg_available_extensions where name = 'pg_trgm'`.execute(db);
    if (rows.length > 0) {
      await sql`create extension if not exists pg_trgm`.execute(db);
      await sql`create index activities_text_trgm on activities using gin (text_key gin_trgm_ops)
        where deleted_at is null`.execute(db);
    }
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['activity_links', 'activities', 'activity_note_types'])
    await db.schema.dropTable(table).execute();
}
