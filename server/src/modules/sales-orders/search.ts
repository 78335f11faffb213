import type { SearchProvider } from '../search/providers.js';

/** Sales orders in the global search (X1): found by number, customer reference and customer name. */
export const salesOrderSearch: SearchProvider = {
  recordType: 'order',
  permission: 'orders.read',
  async load(db, ids) {
    const rows = await db
      .selectFrom('sales_orders as s')
      .leftJoin('organizations as o', 'o.id', 's.organization_id')
      .select(['s.id', 's.owner_id', 's.number', 's.customer_reference', 'o.name as organization_name'])
      .where('s.id', 'in', [...ids])
      .execute();
    return rows.map((row) => ({
      id: row.id,
      ownerId: row.owner_id,
      title: row.number,
      subtitle: row.organization_name,
      texts: [row.number, row.customer_reference, row.organization_name],
    }));
  },
};
