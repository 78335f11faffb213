import type { DocumentLine } from '@kontor/domain/sales-documents';
import {
  allowedOrderActions,
  type CreateSalesOrder,
  SALES_ORDER,
  type SalesOrder,
  type SalesOrderDetail,
  type UpdateSalesOrder,
} from '@kontor/domain/sales-orders';
import { canBookOrder } from '@kontor/domain/sales-status';
import type { Kysely, Transaction } from 'kysely';
import type { Database, SalesOrdersTable } from '../../platform/db/schema.js';
import { defined } from '../sales-documents/columns.js';
import { linesOf, ORDER_LINES } from '../sales-documents/document-lines.js';
import {
  type DocumentKind,
  documentDetail,
  documentHistoryView,
  SalesDocumentService,
} from '../sales-documents/document-service.js';
import { SALES_ORDER_COLUMNS } from './columns.js';
import { toSalesOrder } from './mapping.js';
import { SalesOrderRepository, type SalesOrderRow } from './repository.js';

type Db = Kysely<Database> | Transaction<Database>;

const KIND: DocumentKind<SalesOrderRow, SalesOrdersTable> = {
  record: SALES_ORDER,
  columns: SALES_ORDER_COLUMNS,
  idColumn: 'sales_orders.id',
  lines: ORDER_LINES,
  missing: 'sales-order-not-found',
  deletePermission: 'orders.delete',
  numberPrefix: 'AUF',
  sequence: 'order',
  print: 'order-confirmation',
  repository: (db) => new SalesOrderRepository(db),
};

/**
 * Sales orders (S4) entered directly: list, detail, create, change and delete drafts, field
 * history, the order confirmation PDF (SalesDocumentService). Booking: SalesOrderActions.
 */
export class SalesOrderService extends SalesDocumentService<
  SalesOrderRow,
  SalesOrdersTable,
  SalesOrder,
  SalesOrderDetail,
  CreateSalesOrder,
  UpdateSalesOrder
> {
  protected readonly kind = KIND;

  protected itemOf(row: SalesOrderRow): SalesOrder {
    return toSalesOrder(row);
  }

  protected detailOf(db: Db, row: SalesOrderRow, known?: DocumentLine[]): Promise<SalesOrderDetail> {
    return orderDetailOf(db, row, known);
  }

  /** Orders name no lead themselves; a new one takes its opportunity's, a change keeps the stored one. */
  protected customerInput(input: CreateSalesOrder | UpdateSalesOrder) {
    return { ...input, leadId: 'version' in input ? undefined : null };
  }

  protected createColumns(input: CreateSalesOrder, today: string) {
    return {
      order_date: input.orderDate === undefined ? today : input.orderDate,
      delivery_date: input.deliveryDate,
      customer_reference: input.customerReference,
      terms: input.terms,
    };
  }

  protected changedColumns(input: UpdateSalesOrder) {
    return defined({
      order_date: input.orderDate,
      delivery_date: input.deliveryDate,
      customer_reference: input.customerReference,
    });
  }

  /** A draft is edited like a draft quotation; booking makes it binding. */
  protected editable(row: SalesOrderRow) {
    return canBookOrder(toSalesOrder(row).status);
  }

  protected historyView(row: SalesOrderRow): object {
    return documentHistoryView(row, {
      dates: {
        orderDate: row.order_date,
        deliveryDate: row.delivery_date,
        customerReference: row.customer_reference,
      },
    });
  }

  protected printable(row: SalesOrderRow) {
    return {
      number: row.number,
      revision: 1,
      date: row.order_date,
      validUntil: null,
      deliveryDate: row.delivery_date,
      customerReference: row.customer_reference,
      quotationNumber: toSalesOrder(row).quotationNumber,
      currency: row.currency,
      ownerId: row.owner_id,
    };
  }

  protected fileName(row: SalesOrderRow): string {
    return `${row.number}.pdf`;
  }
}

/** An order in full, with lines, totals and its actions' verdicts. */
export async function orderDetailOf(
  db: Db,
  row: SalesOrderRow,
  /** The lines when they were just written (no second read). */
  known?: DocumentLine[],
): Promise<SalesOrderDetail> {
  const lines = known ?? (await linesOf(db, ORDER_LINES, [row.id])).get(row.id) ?? [];
  const order = toSalesOrder(row);
  return {
    ...order,
    ...documentDetail(row, lines),
    allowedActions: allowedOrderActions(order.status),
  };
}
