import { type Kysely, sql } from 'kysely';
import { grantPermissions } from './grants.js';

// Contact permissions as of this migration (visibility was set per role in 0002).
const GRANTS: Record<string, string[]> = {
  admin: ['contacts.read', 'contacts.write', 'contacts.delete'],
  manager: ['contacts.read', 'contacts.write', 'contacts.delete'],
  sales: ['contacts.read', 'contacts.write'],
  service: ['contacts.read', 'contacts.write'],
  'read-only': ['contacts.read'],
};

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await grantPermissions(db, GRANTS);

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('salutation', 'text')
    .addColumn('title', 'text')
    .addColumn('first_name', 'text')
    .addColumn('last_name', 'text', (c) => c.notNull())
    // "First Last" for display; the key (folded "last first") sorts and filters by surname.
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('de'))
    .addColumn('birthday', 'text')
    .addColumn('preferred_channel', 'text')
    .addColumn('do_not_contact', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('marketing_consent', 'integer', (c) => c.notNull().defaultTo(0))
    // Denormalised for lists (kept in step by the contact service in the same transaction).
    .addColumn('current_employment_id', 'text')
    .addColumn('primary_email', 'text')
    .addColumn('primary_phone', 'text')
    .addColumn('city', 'text')
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('contacts_name_idx').on('contacts').columns(['name_key', 'id']).execute();
  await db.schema.createIndex('contacts_updated_idx').on('contacts').columns(['updated_at', 'id']).execute();
  await db.schema.createIndex('contacts_created_idx').on('contacts').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('contacts_birthday_idx').on('contacts').columns(['birthday', 'id']).execute();
  await db.schema
    .createIndex('contacts_owner_idx')
    .on('contacts')
    .columns(['owner_id', 'name_key', 'id'])
    .execute();
  await db.schema
    .createIndex('contacts_employment_idx')
    .on('contacts')
    .column('current_employment_id')
    .execute();

  await db.schema
    .createTable('employments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('position', 'text')
    .addColumn('department', 'text')
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('is_main_contact', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('employments_contact_idx')
    .on('employments')
    .columns(['contact_id', 'start_date'])
    .execute();
  await db.schema
    .createIndex('employments_organization_idx')
    .on('employments')
    .columns(['organization_id', 'end_date'])
    .execute();
  // At most one current main contact per organisation, enforced by the database on both engines.
  await db.schema
    .createIndex('employments_one_main_contact')
    .on('employments')
    .column('organization_id')
    .unique()
    .where(sql.ref('is_main_contact'), '=', 1)
    .where(sql.ref('end_date'), 'is', null)
    .execute();

  await db.schema
    .createTable('contact_emails')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('address_key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contact_emails_contact_idx')
    .on('contact_emails')
    .columns(['contact_id', 'position'])
    .execute();
  await db.schema.createIndex('contact_emails_key_idx').on('contact_emails').column('address_key').execute();

  await db.schema
    .createTable('contact_phones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('number_key', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contact_phones_contact_idx')
    .on('contact_phones')
    .columns(['contact_id', 'position'])
    .execute();
  await db.schema.createIndex('contact_phones_key_idx').on('contact_phones').column('number_key').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['contact_phones', 'contact_emails', 'employments', 'contacts'])
    await db.schema.dropTable(table).execute();
}
