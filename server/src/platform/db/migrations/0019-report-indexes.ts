import type { Kysely } from 'kysely';

// The sales funnel (R1) counts quotations by when they were submitted and orders by when they
// were booked, for a period; without these indexes each default view would read every row.

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createIndex('quotations_submitted_idx')
    .on('quotations')
    .columns(['submitted_at', 'revision'])
    .execute();
  await db.schema
    .createIndex('sales_orders_booked_idx')
    .on('sales_orders')
    .columns(['booked_at', 'status'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex('sales_orders_booked_idx').execute();
  await db.schema.dropIndex('quotations_submitted_idx').execute();
}
