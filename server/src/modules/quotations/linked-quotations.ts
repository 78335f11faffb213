import { quotationLabel } from '@kontor/domain/quotations';
import { canOrderQuotation } from '@kontor/domain/sales-status';
import { documentTotals, lineNetCents } from '@kontor/domain/sales-totals';
import type { Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { nowIso } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
import type { EventBus } from '../../platform/events/bus.js';
import { conflict, notFound, staleVersion } from '../../platform/http/problem.js';
import type { LinkedQuotation, LinkedQuotations } from '../customer-links/ports.js';
import type { LeadConversion } from '../leads/conversion.js';
import { renderSalesDocumentPdf } from '../sales-documents/pdf/render.js';
import { bookOrderFromQuotation, documentLinks } from '../sales-orders/booking.js';
import { toQuotation } from './mapping.js';
import { QuotationRepository, type QuotationRow } from './repository.js';
import type { QuotationService } from './service.js';

type Db = Parameters<LinkedQuotations['find']>[0];

/**
 * The quotations module as the customer link (customer-links/ports.ts) uses it: what a link needs
 * to know of its quotation, the public page's view and PDF, and booking the order when the
 * customer accepts — the same booking as POST /api/quotations/:id/order, by no user.
 */
export function linkedQuotations(deps: {
  db: Db;
  quotations: QuotationService;
  events: EventBus;
  conversion: LeadConversion;
}): LinkedQuotations {
  const linked = async (db: Db, row: QuotationRow | undefined): Promise<LinkedQuotation | undefined> => {
    if (!row) return undefined;
    const order = await new QuotationRepository(db).liveOrderOf(row.id);
    return {
      id: row.id,
      label: quotationLabel(row.number, row.revision),
      status: toQuotation(row).status,
      validUntil: row.valid_until,
      ownerId: row.owner_id,
      timeline: documentLinks(row, { recordType: 'quotation', recordId: row.id }),
      orderNumber: order?.number ?? null,
    };
  };
  const row = async (db: Db, id: string) => {
    const found = await new QuotationRepository(db).find(id);
    if (!found) throw notFound('quotation-not-found');
    return found;
  };
  return {
    async visibleTo(principal: Principal, quotationId: string) {
      return linked(deps.db, await new QuotationRepository(deps.db).findVisible(principal, quotationId));
    },
    async find(db, quotationId) {
      return linked(db, await new QuotationRepository(db).find(quotationId));
    },
    async publicView(db, quotationId, language) {
      const print = await deps.quotations.print(await row(db, quotationId), language, db);
      const { company } = print;
      const lines = print.lines;
      const totals = documentTotals(lines);
      return {
        company: {
          name: company.name,
          addressLines: [
            [company.street, company.houseNumber].filter(Boolean).join(' '),
            [company.postalCode, company.city].filter(Boolean).join(' '),
          ].filter(Boolean),
          email: company.email,
          phone: company.phone,
          website: company.website,
        },
        number: quotationLabel(print.number, print.revision),
        quotationDate: print.date,
        validUntil: print.validUntil,
        recipientLines: print.recipient,
        contactName: print.contactPerson
          ? [print.contactPerson.title, print.contactPerson.firstName, print.contactPerson.lastName]
              .filter(Boolean)
              .join(' ')
          : null,
        introText: print.introText,
        lines: lines.map((line, index) => ({
          position: index + 1,
          description: line.description,
          quantityMilli: line.quantityMilli,
          unit: line.unit,
          unitPriceCents: line.unitPriceCents,
          discountBasisPoints: line.discountBasisPoints,
          taxRate: line.taxRate,
          netCents: lineNetCents(line),
        })),
        totals,
        currency: print.currency,
        terms: print.terms,
        paymentTerms: print.paymentTerms,
      };
    },
    async pdf(quotationId, language) {
      const found = await row(deps.db, quotationId);
      return {
        fileName: `${quotationLabel(found.number, found.revision)}.pdf`,
        content: await renderSalesDocumentPdf(await deps.quotations.print(found, language)),
      };
    },
    async acceptByCustomer(trx: Transaction<Database>, quotationId: string) {
      const found = await row(trx, quotationId);
      const verdict = canOrderQuotation(toQuotation(found).status);
      if (!verdict.ok) throw conflict(verdict.reason);
      // As a user's order does: the version moves on, so a concurrent action sees it changed.
      if (
        !(await new QuotationRepository(trx).updateIfVersion(found.id, found.version, {
          updated_at: nowIso(),
        }))
      )
        throw staleVersion();
      const order = await bookOrderFromQuotation(trx, deps, found, null, 'customer-link');
      return { orderNumber: order.number };
    },
  };
}
