import type { Kysely } from 'kysely';

// SPEC R5 reports an opportunity's planned cost ("Plankosten", seed 002) beside its expected
// revenue: integer cents like every money column (bigint on PostgreSQL), null for "not planned",
// which is not the same as a cost of zero.
//
// The sales analysis (R8) splits booked orders' revenue by product and category: it reads the
// order lines of the orders in a period. The lines' parent index leads with the order id and
// then the position only, so grouping by product would fetch every line from the table; with
// product and net in the index, the lines of an order are read from the index alone.

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('opportunities').addColumn('planned_cost_cents', 'bigint').execute();
  await db.schema
    .createIndex('sales_order_lines_revenue_idx')
    .on('sales_order_lines')
    .columns(['order_id', 'product_id', 'net_cents'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex('sales_order_lines_revenue_idx').execute();
  await db.schema.alterTable('opportunities').dropColumn('planned_cost_cents').execute();
}
