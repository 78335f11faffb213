import { PERMISSIONS } from '@kontor/domain/permissions';
import { documentNumber, quotationLabel } from '@kontor/domain/quotations';
import { SALES_ORDER } from '@kontor/domain/sales-orders';
import type { Selectable, Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Database, QuotationsTable } from '../../platform/db/schema.js';
import { nextSequenceValue } from '../../platform/db/sequences.js';
import type { EventBus } from '../../platform/events/bus.js';
import { conflict } from '../../platform/http/problem.js';
import type { RecordKey } from '../activities/repository.js';
import type { LeadConversion } from '../leads/conversion.js';
import { companyToday } from '../sales-documents/dates.js';
import { copyLines, ORDER_LINES, QUOTATION_LINES } from '../sales-documents/document-lines.js';

/**
 * Books the order of an open quotation in the caller's transaction (S4): customer, addresses,
 * texts, lines and totals copied as they were offered, a number drawn from `order-<year>`, booked
 * at once. `sales.changed` then makes the quotation Ordered and its opportunity and lead
 * Converted; the caller has checked canOrderQuotation. A quotation for a lead alone takes the
 * organisation the lead was converted to, or converts the lead now (customerOf).
 * `by` is null when the customer accepted online.
 */
export async function bookOrderFromQuotation(
  trx: Transaction<Database>,
  deps: BookingDeps,
  quotation: Selectable<QuotationsTable>,
  by: string | null,
  acceptedVia: 'user' | 'customer-link',
): Promise<{ id: string; number: string }> {
  const { organizationId, contactId } = await customerOf(trx, deps, quotation, by);
  const id = newId();
  const now = nowIso();
  const today = companyToday();
  const year = Number(today.slice(0, 4));
  const number = documentNumber('AUF', year, await nextSequenceValue(trx, `order-${year}`));
  await trx
    .insertInto('sales_orders')
    .values({
      id,
      number,
      quotation_id: quotation.id,
      status: 'booked',
      opportunity_id: quotation.opportunity_id,
      lead_id: quotation.lead_id,
      organization_id: organizationId,
      contact_id: contactId,
      billing_address: quotation.billing_address,
      shipping_address: quotation.shipping_address,
      intro_text: null,
      terms: quotation.terms,
      payment_terms: quotation.payment_terms,
      currency: quotation.currency,
      net_cents: quotation.net_cents,
      tax_cents: quotation.tax_cents,
      gross_cents: quotation.gross_cents,
      owner_id: quotation.owner_id,
      team_id: quotation.team_id,
      order_date: today,
      accepted_via: acceptedVia,
      booked_at: now,
      created_at: now,
      updated_at: now,
      created_by: by,
    })
    .execute();
  await copyLines(trx, QUOTATION_LINES, quotation.id, ORDER_LINES, id);
  await deps.events.emit(trx, 'records.created', { recordType: SALES_ORDER.type, ids: [id] });
  // A customer's acceptance is told by the customer link itself ("Angebot beauftragt").
  const cause =
    acceptedVia === 'user'
      ? {
          subject: `Angebot ${quotationLabel(quotation.number, quotation.revision)} beauftragt: Auftrag ${number} gebucht`,
          systemKey: 'quotation.ordered',
          links: documentLinks(
            { ...quotation, organization_id: organizationId },
            { recordType: SALES_ORDER.type, recordId: id },
          ),
        }
      : undefined;
  await deps.events.emit(trx, 'sales.changed', { quotationIds: [quotation.id], by, cause });
  return { id, number };
}

/** The timelines an entry about a sales document belongs on: the document, its opportunity, lead and customer. */
export function documentLinks(
  document: { opportunity_id: string | null; lead_id: string | null; organization_id: string | null },
  ...own: RecordKey[]
): RecordKey[] {
  const related: [string, string | null][] = [
    ['opportunity', document.opportunity_id],
    ['lead', document.lead_id],
    ['organization', document.organization_id],
  ];
  return [
    ...own,
    ...related.flatMap(([recordType, recordId]) => (recordId ? [{ recordType, recordId }] : [])),
  ];
}

/** What booking needs besides the transaction; the conversion makes a customer of a lead. */
export interface BookingDeps {
  events: EventBus;
  conversion: LeadConversion;
}

/**
 * The customer an order of the quotation is for: its own organisation, else the one its lead was
 * converted to since, else the lead converted now — an organisation, or a private person's
 * contact when the lead names no company. A customer found this way is stored on the quotation
 * too (with the contact if it had none), so both agree from now on.
 */
async function customerOf(
  trx: Transaction<Database>,
  deps: BookingDeps,
  quotation: Selectable<QuotationsTable>,
  by: string | null,
): Promise<{ organizationId: string | null; contactId: string | null }> {
  if (quotation.organization_id || !quotation.lead_id)
    return { organizationId: quotation.organization_id, contactId: quotation.contact_id };
  const lead = await trx
    .selectFrom('leads')
    .select(['converted_organization_id', 'converted_contact_id', 'owner_id'])
    .where('id', '=', quotation.lead_id)
    .executeTakeFirstOrThrow();
  const customer =
    lead.converted_organization_id || lead.converted_contact_id
      ? { organizationId: lead.converted_organization_id, contactId: lead.converted_contact_id }
      : await deps.conversion.convertAtBooking(
          trx,
          actingFor(by ?? lead.owner_id ?? quotation.owner_id ?? quotation.created_by),
          quotation.lead_id,
          by,
        );
  const contactId = quotation.contact_id ?? customer.contactId;
  await trx
    .updateTable('quotations')
    .set({ organization_id: customer.organizationId, contact_id: contactId })
    .where('id', '=', quotation.id)
    .execute();
  return { organizationId: customer.organizationId, contactId };
}

/**
 * Who the conversion at booking acts as: the ordering user, or for the customer link the lead's
 * (or quotation's) owner, seeing and allowed all — the booking itself was allowed, and the
 * customer it needs follows from it (S5). Nobody to act as: the old refusal, convert first.
 */
function actingFor(userId: string | null): Principal {
  if (!userId) throw conflict('quotation-customer-is-lead');
  return {
    userId,
    role: 'admin',
    language: 'de',
    permissions: PERMISSIONS,
    visibility: 'all',
    teamIds: [],
    via: 'token',
  };
}
