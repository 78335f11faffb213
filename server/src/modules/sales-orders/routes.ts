import { documentActionSchema } from '@kontor/domain/sales-documents';
import {
  createSalesOrderSchema,
  SALES_ORDER,
  salesOrderDetailSchema,
  salesOrderRecordSchema,
  updateSalesOrderSchema,
} from '@kontor/domain/sales-orders';
import { type Api, principalOf } from '../../platform/http/types.js';
import { idParams, registerPlainRecordRoutes } from '../../platform/records/plain-record-routes.js';
import { salesDocumentCell } from '../sales-documents/export-value.js';
import { registerPdfRoute } from '../sales-documents/pdf-route.js';
import type { SalesOrderActions } from './actions.js';
import type { SalesOrderService } from './service.js';

/**
 * `/api/orders`: the standard record routes (orders entered directly: create and change drafts,
 * delete drafts) and `POST /api/orders/:id/{book,complete,cancel}` with `{ version }`. Orders
 * from quotations are booked by `POST /api/quotations/:id/order`.
 */
export function salesOrderRoutes(app: Api, orders: SalesOrderService, actions: SalesOrderActions): void {
  registerPlainRecordRoutes(app, {
    path: 'orders',
    record: SALES_ORDER,
    permissions: { read: 'orders.read', write: 'orders.write', delete: 'orders.delete' },
    schemas: { item: salesOrderRecordSchema, create: createSalesOrderSchema, update: updateSalesOrderSchema },
    service: orders,
    bulkSummary: 'Delete up to 1,000 draft orders, all or nothing',
    exportValue: salesDocumentCell,
  });

  registerPdfRoute(app, {
    base: '/api/orders',
    access: 'orders.read',
    summary: 'The order confirmation ("Auftragsbestätigung") as a PDF in German business-letter layout',
    pdf: (principal, id) => orders.pdf(principal, id),
  });

  const summaries = {
    book: 'Book a draft order (binding; order date today unless set)',
    complete: 'Complete a booked order',
    cancel:
      'Cancel a draft or booked order; an order of a quotation re-derives the quotation (no longer Ordered)',
  } as const;
  for (const name of ['book', 'complete', 'cancel'] as const) {
    app.post(
      `/api/orders/:id/${name}`,
      {
        config: { access: 'orders.write' },
        schema: {
          tags: ['orders'],
          summary: summaries[name],
          params: idParams,
          body: documentActionSchema,
          response: { 200: salesOrderDetailSchema },
        },
      },
      (request) => actions[name](principalOf(request), request.params.id, request.body.version),
    );
  }
}
