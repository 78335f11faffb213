import { type Kysely, PostgresAdapter, sql } from 'kysely';
import { grantPermissions } from './grants.js';

// Sales permissions as of this migration (S1–S4). Sales staff work leads through to orders;
// deleting quotations and orders is for managers, since their numbers are handed to customers.
const GRANTS: Record<string, string[]> = {
  admin: [
    'leads.read',
    'leads.write',
    'leads.delete',
    'opportunities.read',
    'opportunities.write',
    'opportunities.delete',
    'quotations.read',
    'quotations.write',
    'quotations.delete',
    'orders.read',
    'orders.write',
    'orders.delete',
  ],
  manager: [
    'leads.read',
    'leads.write',
    'leads.delete',
    'opportunities.read',
    'opportunities.write',
    'opportunities.delete',
    'quotations.read',
    'quotations.write',
    'quotations.delete',
    'orders.read',
    'orders.write',
    'orders.delete',
  ],
  sales: [
    'leads.read',
    'leads.write',
    'leads.delete',
    'opportunities.read',
    'opportunities.write',
    'opportunities.delete',
    'quotations.read',
    'quotations.write',
    'orders.read',
    'orders.write',
  ],
  service: ['leads.read', 'opportunities.read', 'quotations.read', 'orders.read'],
  'read-only': ['leads.read', 'opportunities.read', 'quotations.read', 'orders.read'],
};

// The pipeline a new installation starts with (Odoo's and ERPNext's usual steps); admins change it.
const STAGES: [string, number][] = [
  ['Neu', 10],
  ['Qualifiziert', 25],
  ['Bedarfsanalyse', 40],
  ['Angebot', 60],
  ['Verhandlung', 80],
];

const LOST_REASONS = [
  'Zu teuer',
  'Wettbewerber gewählt',
  'Kein Bedarf',
  'Kein Budget',
  'Keine Rückmeldung',
  'Zeitpunkt passt nicht',
];

const seedId = (group: number, index: number) =>
  `00000000-0000-7000-80${String(group).padStart(2, '0')}-${String(index + 1).padStart(12, '0')}`;

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
type Db = Kysely<any>;

// biome-ignore lint/suspicious/noExplicitAny: column builders of the schema builder
type Column = any;

async function indexes(db: Db, table: string, list: readonly (readonly [string, readonly string[]])[]) {
  for (const [name, columns] of list) {
    await db.schema
      .createIndex(name)
      .on(table)
      .columns([...columns])
      .execute();
  }
}

export async function up(db: Db): Promise<void> {
  await grantPermissions(db, GRANTS);
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // Folded keys sort byte-wise on both engines, as the organisations' do (0008).
  const key = (c: Column) => (postgres ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull());
  const bookkeeping = (table: Column) =>
    table
      .addColumn('created_at', 'text', (c: Column) => c.notNull())
      .addColumn('updated_at', 'text', (c: Column) => c.notNull())
      .addColumn('created_by', 'text', (c: Column) => c.references('users.id').onDelete('set null'))
      .addColumn('version', 'integer', (c: Column) => c.notNull().defaultTo(1));

  await pipelineSettings(db);
  await leads(db, key, bookkeeping);
  await opportunities(db, key, bookkeeping);
  await quotations(db, bookkeeping);
  await salesOrders(db, bookkeeping);
}

async function pipelineSettings(db: Db) {
  const now = new Date().toISOString();
  for (const table of ['pipeline_stages', 'lost_reasons']) {
    let builder = db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull());
    builder =
      table === 'pipeline_stages'
        ? builder
            .addColumn('probability', 'integer', (c) => c.notNull())
            .addColumn('folded', 'integer', (c) => c.notNull().defaultTo(0))
        : builder.addColumn('active', 'integer', (c) => c.notNull().defaultTo(1));
    await builder
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.createIndex(`${table}_position_idx`).on(table).columns(['position', 'id']).execute();
  }
  await db
    .insertInto('pipeline_stages')
    .values(
      STAGES.map(([name, probability], index) => ({
        id: seedId(1, index),
        name,
        position: (index + 1) * 10,
        probability,
        folded: 0,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  await db
    .insertInto('lost_reasons')
    .values(
      LOST_REASONS.map((name, index) => ({
        id: seedId(2, index),
        name,
        position: (index + 1) * 10,
        active: 1,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

async function leads(db: Db, key: (c: Column) => Column, bookkeeping: (t: Column) => Column) {
  await bookkeeping(
    db.schema
      .createTable('leads')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // "Vorname Nachname (Firma)", kept with the parts so lists sort and filter by one column.
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', key)
      .addColumn('company_name', 'text')
      .addColumn('company_key', 'text')
      .addColumn('salutation', 'text')
      .addColumn('title', 'text')
      .addColumn('first_name', 'text')
      .addColumn('last_name', 'text')
      .addColumn('position', 'text')
      .addColumn('email', 'text')
      .addColumn('email_key', 'text')
      .addColumn('phone', 'text')
      .addColumn('city', 'text')
      .addColumn('city_key', 'text')
      // The status stored by hand, and the effective one derived from it and the documents (S5).
      .addColumn('manual_status', 'text', (c) => c.notNull().defaultTo('open'))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
      .addColumn('source', 'text')
      .addColumn('campaign_id', 'text', (c) => c.references('campaigns.id').onDelete('set null'))
      .addColumn('abc_class', 'text')
      .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('next_follow_up_on', 'text')
      .addColumn('converted_organization_id', 'text', (c) =>
        c.references('organizations.id').onDelete('set null'),
      )
      .addColumn('converted_contact_id', 'text', (c) => c.references('contacts.id').onDelete('set null'))
      .addColumn('converted_at', 'text'),
  ).execute();
  await indexes(db, 'leads', [
    ['leads_created_idx', ['created_at', 'id']],
    ['leads_updated_idx', ['updated_at', 'id']],
    ['leads_name_idx', ['name_key', 'id']],
    ['leads_company_idx', ['company_key', 'id']],
    ['leads_city_idx', ['city_key', 'id']],
    ['leads_email_idx', ['email_key']],
    ['leads_status_idx', ['status', 'created_at', 'id']],
    ['leads_source_idx', ['source', 'created_at', 'id']],
    ['leads_campaign_idx', ['campaign_id', 'created_at', 'id']],
    ['leads_owner_idx', ['owner_id', 'created_at', 'id']],
    ['leads_follow_up_idx', ['next_follow_up_on', 'id']],
    ['leads_converted_organization_idx', ['converted_organization_id']],
  ]);
}

async function opportunities(db: Db, key: (c: Column) => Column, bookkeeping: (t: Column) => Column) {
  await bookkeeping(
    db.schema
      .createTable('opportunities')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', key)
      .addColumn('organization_id', 'text', (c) => c.references('organizations.id'))
      .addColumn('lead_id', 'text', (c) => c.references('leads.id'))
      .addColumn('contact_id', 'text', (c) => c.references('contacts.id').onDelete('set null'))
      .addColumn('stage_id', 'text', (c) => c.notNull().references('pipeline_stages.id'))
      .addColumn('manual_status', 'text', (c) => c.notNull().defaultTo('open'))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
      .addColumn('expected_revenue_cents', 'bigint', (c) => c.notNull().defaultTo(0))
      // Null: the stage's default probability applies.
      .addColumn('probability', 'integer')
      .addColumn('currency', 'text', (c) => c.notNull().defaultTo('EUR'))
      .addColumn('expected_close_date', 'text')
      .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
      .addColumn('source', 'text')
      .addColumn('campaign_id', 'text', (c) => c.references('campaigns.id').onDelete('set null'))
      .addColumn('lost_note', 'text')
      // When the effective status last changed: the auto-close job's "untouched for 15 days".
      .addColumn('status_changed_at', 'text', (c) => c.notNull()),
  ).execute();
  await indexes(db, 'opportunities', [
    ['opportunities_created_idx', ['created_at', 'id']],
    ['opportunities_updated_idx', ['updated_at', 'id']],
    ['opportunities_name_idx', ['name_key', 'id']],
    // The board: per stage the newest first, and counts and sums per stage and status. The sums
    // index covers each stage's aggregate (owner for visibility, probability for the weighted
    // sum), so it never reads the table.
    ['opportunities_board_idx', ['stage_id', 'updated_at', 'id']],
    [
      'opportunities_stage_sums_idx',
      ['stage_id', 'status', 'owner_id', 'expected_revenue_cents', 'probability'],
    ],
    ['opportunities_status_idx', ['status', 'updated_at', 'id']],
    ['opportunities_organization_idx', ['organization_id', 'updated_at', 'id']],
    ['opportunities_lead_idx', ['lead_id']],
    ['opportunities_contact_idx', ['contact_id']],
    ['opportunities_owner_idx', ['owner_id', 'updated_at', 'id']],
    ['opportunities_team_idx', ['team_id', 'updated_at', 'id']],
    ['opportunities_close_idx', ['expected_close_date', 'id']],
    ['opportunities_revenue_idx', ['expected_revenue_cents', 'id']],
    ['opportunities_source_idx', ['source', 'updated_at', 'id']],
    ['opportunities_campaign_idx', ['campaign_id', 'updated_at', 'id']],
    ['opportunities_replied_idx', ['status', 'status_changed_at']],
  ]);
  await db.schema
    .createTable('opportunity_competitors')
    .addColumn('opportunity_id', 'text', (c) =>
      c.notNull().references('opportunities.id').onDelete('cascade'),
    )
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('opportunity_competitors_pk', ['opportunity_id', 'organization_id'])
    .execute();
  await db.schema
    .createIndex('opportunity_competitors_organization_idx')
    .on('opportunity_competitors')
    .columns(['organization_id', 'opportunity_id'])
    .execute();
  await db.schema
    .createTable('opportunity_lost_reasons')
    .addColumn('opportunity_id', 'text', (c) =>
      c.notNull().references('opportunities.id').onDelete('cascade'),
    )
    .addColumn('lost_reason_id', 'text', (c) => c.notNull().references('lost_reasons.id'))
    .addPrimaryKeyConstraint('opportunity_lost_reasons_pk', ['opportunity_id', 'lost_reason_id'])
    .execute();
  await db.schema
    .createIndex('opportunity_lost_reasons_reason_idx')
    .on('opportunity_lost_reasons')
    .columns(['lost_reason_id', 'opportunity_id'])
    .execute();
}

/** The columns quotations and orders share: customer, addresses, texts, totals, owner. */
function salesDocument(table: Column): Column {
  return (
    table
      .addColumn('opportunity_id', 'text', (c: Column) => c.references('opportunities.id'))
      .addColumn('lead_id', 'text', (c: Column) => c.references('leads.id'))
      .addColumn('organization_id', 'text', (c: Column) => c.references('organizations.id'))
      .addColumn('contact_id', 'text', (c: Column) => c.references('contacts.id').onDelete('set null'))
      // The recipient's address as printed (JSON of an address block input): a submitted document
      // keeps the address it was sent to when the customer's address changes later.
      .addColumn('billing_address', 'text')
      .addColumn('shipping_address', 'text')
      .addColumn('intro_text', 'text')
      .addColumn('terms', 'text')
      .addColumn('payment_terms', 'text')
      .addColumn('currency', 'text', (c: Column) => c.notNull().defaultTo('EUR'))
      // Totals computed in domain/sales-totals.ts, stored for lists, sums and reports.
      .addColumn('net_cents', 'bigint', (c: Column) => c.notNull().defaultTo(0))
      .addColumn('tax_cents', 'bigint', (c: Column) => c.notNull().defaultTo(0))
      .addColumn('gross_cents', 'bigint', (c: Column) => c.notNull().defaultTo(0))
      .addColumn('owner_id', 'text', (c: Column) => c.references('users.id').onDelete('set null'))
      .addColumn('team_id', 'text', (c: Column) => c.references('teams.id').onDelete('set null'))
  );
}

/** Line items of quotations and orders: the fields of domain/sales-totals.ts lineItemSchema. */
async function lineTable(db: Db, table: string, parent: string, parentTable: string) {
  await db.schema
    .createTable(table)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn(parent, 'text', (c) => c.notNull().references(`${parentTable}.id`).onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('product_id', 'text', (c) => c.references('products.id').onDelete('set null'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('unit_price_cents', 'bigint', (c) => c.notNull())
    .addColumn('discount_basis_points', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tax_rate', 'integer', (c) => c.notNull())
    .addColumn('net_cents', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex(`${table}_parent_idx`).on(table).columns([parent, 'position']).execute();
  await db.schema.createIndex(`${table}_product_idx`).on(table).column('product_id').execute();
}

async function quotations(db: Db, bookkeeping: (t: Column) => Column) {
  await bookkeeping(
    salesDocument(
      db.schema
        .createTable('quotations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        // ANG-2026-00042; every version of a quotation shares it and counts its own revision.
        .addColumn('number', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('predecessor_id', 'text', (c) => c.references('quotations.id'))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft')),
    )
      .addColumn('quotation_date', 'text')
      .addColumn('valid_until', 'text')
      // The facts of S5 as timestamps; `status` is derived from them and the orders.
      .addColumn('submitted_at', 'text')
      .addColumn('submitted_by', 'text', (c: Column) => c.references('users.id').onDelete('set null'))
      .addColumn('superseded_at', 'text')
      .addColumn('lost_at', 'text')
      .addColumn('lost_note', 'text')
      .addColumn('expired_at', 'text')
      .addColumn('cancelled_at', 'text'),
  ).execute();
  await db.schema
    .createIndex('quotations_number_unique')
    .on('quotations')
    .columns(['number', 'revision'])
    .unique()
    .execute();
  await indexes(db, 'quotations', [
    ['quotations_created_idx', ['created_at', 'id']],
    ['quotations_updated_idx', ['updated_at', 'id']],
    ['quotations_status_idx', ['status', 'updated_at', 'id']],
    ['quotations_opportunity_idx', ['opportunity_id', 'status']],
    ['quotations_lead_idx', ['lead_id', 'status']],
    ['quotations_organization_idx', ['organization_id', 'updated_at', 'id']],
    ['quotations_owner_idx', ['owner_id', 'updated_at', 'id']],
    ['quotations_gross_idx', ['gross_cents', 'id']],
    ['quotations_date_idx', ['quotation_date', 'id']],
    // The daily expiry job: open quotations whose validity date has passed.
    ['quotations_valid_until_idx', ['status', 'valid_until']],
    ['quotations_predecessor_idx', ['predecessor_id']],
  ]);
  await lineTable(db, 'quotation_lines', 'quotation_id', 'quotations');
  await db.schema
    .createTable('quotation_lost_reasons')
    .addColumn('quotation_id', 'text', (c) => c.notNull().references('quotations.id').onDelete('cascade'))
    .addColumn('lost_reason_id', 'text', (c) => c.notNull().references('lost_reasons.id'))
    .addPrimaryKeyConstraint('quotation_lost_reasons_pk', ['quotation_id', 'lost_reason_id'])
    .execute();
  await db.schema
    .createTable('quotation_competitors')
    .addColumn('quotation_id', 'text', (c) => c.notNull().references('quotations.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('quotation_competitors_pk', ['quotation_id', 'organization_id'])
    .execute();
}

async function salesOrders(db: Db, bookkeeping: (t: Column) => Column) {
  await bookkeeping(
    salesDocument(
      db.schema
        .createTable('sales_orders')
        .addColumn('id', 'text', (c) => c.primaryKey())
        // AUF-2026-00017
        .addColumn('number', 'text', (c) => c.notNull().unique())
        .addColumn('quotation_id', 'text', (c) => c.references('quotations.id'))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft')),
    )
      .addColumn('order_date', 'text')
      .addColumn('delivery_date', 'text')
      // The customer's own order reference ("Ihre Bestellnummer").
      .addColumn('customer_reference', 'text')
      // How it came: by a user in Kontor, or by the customer accepting the quotation online.
      .addColumn('accepted_via', 'text', (c: Column) => c.notNull().defaultTo('user'))
      .addColumn('booked_at', 'text')
      .addColumn('completed_at', 'text')
      .addColumn('cancelled_at', 'text'),
  ).execute();
  await indexes(db, 'sales_orders', [
    ['sales_orders_created_idx', ['created_at', 'id']],
    ['sales_orders_updated_idx', ['updated_at', 'id']],
    ['sales_orders_status_idx', ['status', 'updated_at', 'id']],
    ['sales_orders_quotation_idx', ['quotation_id', 'status']],
    ['sales_orders_opportunity_idx', ['opportunity_id']],
    ['sales_orders_lead_idx', ['lead_id']],
    ['sales_orders_organization_idx', ['organization_id', 'updated_at', 'id']],
    ['sales_orders_owner_idx', ['owner_id', 'updated_at', 'id']],
    ['sales_orders_date_idx', ['order_date', 'id']],
    ['sales_orders_gross_idx', ['gross_cents', 'id']],
  ]);
  await lineTable(db, 'sales_order_lines', 'order_id', 'sales_orders');
}

export async function down(db: Db): Promise<void> {
  for (const table of [
    'sales_order_lines',
    'sales_orders',
    'quotation_competitors',
    'quotation_lost_reasons',
    'quotation_lines',
    'quotations',
    'opportunity_lost_reasons',
    'opportunity_competitors',
    'opportunities',
    'leads',
    'lost_reasons',
    'pipeline_stages',
  ])
    await db.schema.dropTable(table).execute();
}
