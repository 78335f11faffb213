import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { grantPermissions } from './grants.js';

// Product and campaign permissions as of this migration: everyone reads the catalogue and the
// campaigns; sales staff keep products up to date; managers decide on campaigns.
const GRANTS: Record<string, string[]> = {
  admin: [
    'products.read',
    'products.write',
    'products.delete',
    'campaigns.read',
    'campaigns.write',
    'campaigns.delete',
  ],
  manager: [
    'products.read',
    'products.write',
    'products.delete',
    'campaigns.read',
    'campaigns.write',
    'campaigns.delete',
  ],
  sales: ['products.read', 'products.write', 'campaigns.read'],
  service: ['products.read', 'campaigns.read'],
  'read-only': ['products.read', 'campaigns.read'],
};

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await grantPermissions(db, GRANTS);
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // Folded keys sort byte-wise on both engines, as the organisations' do (0008).
  await db.schema
    .createTable('product_categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => (postgres ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull()))
    .addColumn('parent_id', 'text', (c) => c.references('product_categories.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('product_categories_name_idx')
    .on('product_categories')
    .columns(['name_key', 'id'])
    .execute();
  await db.schema
    .createIndex('product_categories_parent_idx')
    .on('product_categories')
    .column('parent_id')
    .execute();

  await db.schema
    .createTable('products')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => (postgres ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull()))
    .addColumn('sku', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('category_id', 'text', (c) => c.references('product_categories.id'))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('list_price_cents', 'bigint')
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
    .addColumn('tax_rate', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('description', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('products_sku_unique')
    .on('products')
    .column('sku')
    .unique()
    .where(sql.ref('sku'), 'is not', null)
    .execute();
  for (const [name, columns] of [
    ['products_name_idx', ['name_key', 'id']],
    ['products_category_idx', ['category_id', 'name_key', 'id']],
    ['products_type_idx', ['type', 'name_key', 'id']],
    ['products_created_idx', ['created_at', 'id']],
    ['products_updated_idx', ['updated_at', 'id']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('products')
      .columns([...columns])
      .execute();
  }

  await db.schema
    .createTable('product_suppliers')
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('product_suppliers_pk', ['product_id', 'organization_id'])
    .execute();
  await db.schema
    .createIndex('product_suppliers_organization_idx')
    .on('product_suppliers')
    .columns(['organization_id', 'product_id'])
    .execute();

  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => (postgres ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull()))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('budget_cents', 'bigint')
    .addColumn('actual_cost_cents', 'bigint')
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('description', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  for (const [name, columns] of [
    ['campaigns_name_idx', ['name_key', 'id']],
    ['campaigns_channel_idx', ['channel', 'name_key', 'id']],
    ['campaigns_starts_idx', ['starts_on', 'id']],
    ['campaigns_owner_idx', ['owner_id', 'name_key', 'id']],
    ['campaigns_created_idx', ['created_at', 'id']],
    ['campaigns_updated_idx', ['updated_at', 'id']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('campaigns')
      .columns([...columns])
      .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['campaigns', 'product_suppliers', 'products', 'product_categories'])
    await db.schema.dropTable(table).execute();
}
