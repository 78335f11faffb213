import {
  createQuotationSchema,
  markQuotationLostSchema,
  QUOTATION,
  quotationDetailSchema,
  quotationRecordSchema,
  updateQuotationSchema,
} from '@kontor/domain/quotations';
import { documentActionSchema } from '@kontor/domain/sales-documents';
import { type Api, principalOf } from '../../platform/http/types.js';
import { idParams, registerPlainRecordRoutes } from '../../platform/records/plain-record-routes.js';
import { salesDocumentCell } from '../sales-documents/export-value.js';
import { registerPdfRoute } from '../sales-documents/pdf-route.js';
import type { QuotationActions } from './actions.js';
import type { QuotationService } from './service.js';

const tags = ['quotations'];

/**
 * `/api/quotations`: the standard record routes (list, export, detail, history, create, change
 * drafts, bulk delete, delete drafts) and the S5 actions as `POST /api/quotations/:id/<action>`
 * with `{ version }`, each answering with the quotation as it is now (new-version: the new draft).
 * A refused action is a 409 whose detail says why (the domain guard's reason).
 */
export function quotationRoutes(app: Api, quotations: QuotationService, actions: QuotationActions): void {
  registerPlainRecordRoutes(app, {
    path: 'quotations',
    record: QUOTATION,
    permissions: { read: 'quotations.read', write: 'quotations.write', delete: 'quotations.delete' },
    schemas: { item: quotationRecordSchema, create: createQuotationSchema, update: updateQuotationSchema },
    service: quotations,
    bulkSummary: 'Delete up to 1,000 draft quotations, all or nothing',
    exportValue: salesDocumentCell,
  });

  const action = (name: string, summary: string, run: typeof actions.submit) =>
    app.post(
      `/api/quotations/:id/${name}`,
      {
        config: { access: 'quotations.write' },
        schema: {
          tags,
          summary,
          params: idParams,
          body: documentActionSchema,
          response: { 200: quotationDetailSchema },
        },
      },
      (request) => run(principalOf(request), request.params.id, request.body.version),
    );

  action(
    'submit',
    'Submit (send) a draft with at least one line: quotation date today, no longer editable (S5 Open)',
    (p, id, v) => actions.submit(p, id, v),
  );
  action(
    'new-version',
    'Copy the version with its lines and pinned entries into a new draft (revision + 1); this one becomes Superseded',
    (p, id, v) => actions.newVersion(p, id, v),
  );
  action('cancel', 'Cancel a submitted version (S5 Cancelled); its opportunity returns to Open', (p, id, v) =>
    actions.cancel(p, id, v),
  );
  action(
    'order',
    'Book a sales order from the newest open version (needs orders.write); a customer that is only a lead is converted in the same transaction, to the best matching organisation/contact or new ones',
    (p, id, v) => actions.order(p, id, v),
  );

  registerPdfRoute(app, {
    base: '/api/quotations',
    access: 'quotations.read',
    summary: 'The quotation as a PDF in German business-letter layout (DIN 5008), as the customer gets it',
    pdf: (principal, id) => quotations.pdf(principal, id),
  });

  app.post(
    '/api/quotations/:id/mark-lost',
    {
      config: { access: 'quotations.write' },
      schema: {
        tags,
        summary: 'Mark the newest open or expired version lost, with at least one lost reason (S5 Lost)',
        params: idParams,
        body: markQuotationLostSchema,
        response: { 200: quotationDetailSchema },
      },
    },
    (request) => actions.markLost(principalOf(request), request.params.id, request.body),
  );
}
