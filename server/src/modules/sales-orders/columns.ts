import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { SALES_ORDER } from '@kontor/domain/sales-orders';
import type { ListColumns } from '../../platform/lists/columns.js';

function field(key: string): FieldDef {
  const found = fieldOf(SALES_ORDER, key);
  if (!found) throw new Error(`sales order field ${key} is not declared`);
  return found;
}

/** Where each declared order field lives in SQL (joins as in SalesOrderRepository.visible). */
export const SALES_ORDER_COLUMNS: ListColumns = {
  number: { field: field('number'), column: 'sales_orders.number', notNull: true },
  organizationName: {
    field: field('organizationName'),
    column: 'organization.name',
    keyColumn: 'organization.name_key',
  },
  contactName: { field: field('contactName'), column: 'contact.name', keyColumn: 'contact.name_key' },
  opportunityName: {
    field: field('opportunityName'),
    column: 'opportunity.name',
    keyColumn: 'opportunity.name_key',
  },
  quotationNumber: { field: field('quotationNumber'), column: 'quotation.number' },
  status: { field: field('status'), column: 'sales_orders.status', notNull: true },
  orderDate: { field: field('orderDate'), column: 'sales_orders.order_date' },
  deliveryDate: { field: field('deliveryDate'), column: 'sales_orders.delivery_date' },
  customerReference: { field: field('customerReference'), column: 'sales_orders.customer_reference' },
  bookedAt: { field: field('bookedAt'), column: 'sales_orders.booked_at' },
  net: { field: field('net'), column: 'sales_orders.net_cents', notNull: true },
  gross: { field: field('gross'), column: 'sales_orders.gross_cents', notNull: true },
  ownerName: { field: field('ownerName'), column: 'owner.name' },
  createdAt: { field: field('createdAt'), column: 'sales_orders.created_at', notNull: true },
  updatedAt: { field: field('updatedAt'), column: 'sales_orders.updated_at', notNull: true },
};
