import type { Kysely } from 'kysely';

// Organisation permissions and each role's record visibility, as of this migration.
const GRANTS: Record<string, { permissions: string[]; visibility: string }> = {
  admin: {
    permissions: ['organizations.read', 'organizations.write', 'organizations.delete'],
    visibility: 'all',
  },
  manager: {
    permissions: ['organizations.read', 'organizations.write', 'organizations.delete'],
    visibility: 'all',
  },
  sales: { permissions: ['organizations.read', 'organizations.write'], visibility: 'team' },
  service: { permissions: ['organizations.read', 'organizations.write'], visibility: 'all' },
  'read-only': { permissions: ['organizations.read'], visibility: 'all' },
};

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('roles')
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('own'))
    .execute();
  for (const [key, grant] of Object.entries(GRANTS)) {
    const role = await db.selectFrom('roles').select('permissions').where('key', '=', key).executeTakeFirst();
    if (!role) continue;
    const permissions = [...new Set([...(JSON.parse(role.permissions) as string[]), ...grant.permissions])];
    await db
      .updateTable('roles')
      .set({ permissions: JSON.stringify(permissions), visibility: grant.visibility })
      .where('key', '=', key)
      .execute();
  }

  await db.schema
    .createTable('organizations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    // Lower-case, German-folded name: case-insensitive sorting and filtering on an index.
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    // ",customer,supplier," — a set a LIKE '%,customer,%' can test without a join.
    .addColumn('relationships', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('customer_number', 'text', (c) => c.unique())
    .addColumn('supplier_number', 'text', (c) => c.unique())
    .addColumn('parent_id', 'text', (c) => c.references('organizations.id').onDelete('set null'))
    .addColumn('industry', 'text')
    .addColumn('abc_class', 'text')
    .addColumn('size', 'text')
    .addColumn('city', 'text')
    .addColumn('website', 'text')
    .addColumn('vat_id', 'text')
    .addColumn('payment_terms_days', 'integer')
    .addColumn('credit_limit_cents', 'bigint')
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // Keyset pagination needs (sort column, id) indexes for every default and common sort.
  await db.schema
    .createIndex('organizations_name_idx')
    .on('organizations')
    .columns(['name_key', 'id'])
    .execute();
  await db.schema
    .createIndex('organizations_updated_idx')
    .on('organizations')
    .columns(['updated_at', 'id'])
    .execute();
  await db.schema
    .createIndex('organizations_created_idx')
    .on('organizations')
    .columns(['created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('organizations_owner_idx')
    .on('organizations')
    .columns(['owner_id', 'name_key', 'id'])
    .execute();
  await db.schema.createIndex('organizations_parent_idx').on('organizations').column('parent_id').execute();
  await db.schema.createIndex('organizations_city_idx').on('organizations').columns(['city', 'id']).execute();

  await db.schema
    .createTable('addresses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_type', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('street', 'text')
    .addColumn('house_number', 'text')
    .addColumn('address_line2', 'text')
    .addColumn('po_box', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('country_code', 'text', (c) => c.notNull().defaultTo('DE'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('addresses_owner_idx')
    .on('addresses')
    .columns(['owner_type', 'owner_id', 'position'])
    .execute();

  await db.schema
    .createTable('field_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text')
    .execute();
  await db.schema
    .createIndex('field_history_record_idx')
    .on('field_history')
    .columns(['record_type', 'record_id', 'changed_at'])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['field_history', 'addresses', 'organizations'])
    await db.schema.dropTable(table).execute();
  await db.schema.alterTable('roles').dropColumn('visibility').execute();
}
