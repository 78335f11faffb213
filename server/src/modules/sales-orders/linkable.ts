import { SALES_ORDER } from '@kontor/domain/sales-orders';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { LinkableRecordType } from '../../platform/records/record-directory.js';

/** Sales orders as activities and documents link to them, named by their number. */
export const linkableSalesOrder: LinkableRecordType = {
  type: SALES_ORDER.type,
  read: 'orders.read',
  write: 'orders.write',
  async visibleNames(db, principal, ids) {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('sales_orders')
      .select(['id', 'number'])
      .where('id', 'in', [...ids])
      .where(visibleTo(principal, 'sales_orders.owner_id'))
      .execute();
    return new Map(rows.map((row) => [row.id, row.number]));
  },
  visibleIds(db, principal) {
    return db.selectFrom('sales_orders').select('id').where(visibleTo(principal, 'sales_orders.owner_id'));
  },
};
