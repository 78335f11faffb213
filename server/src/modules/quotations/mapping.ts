import { type Quotation, quotationLabel } from '@kontor/domain/quotations';
import { QUOTATION_STATUSES, type QuotationStatus } from '@kontor/domain/sales-status';
import { storedEnum } from '../../platform/db/stored-enum.js';
import type { QuotationRow } from './repository.js';

const statusOf = storedEnum(QUOTATION_STATUSES, 'draft');

/** The S5 status a stored version has (what the action guards take). */
export function storedStatus(row: { status: string }): QuotationStatus {
  return statusOf(row.status);
}

export function toQuotation(row: QuotationRow): Quotation {
  return {
    id: row.id,
    number: row.number,
    revision: row.revision,
    label: quotationLabel(row.number, row.revision),
    status: statusOf(row.status),
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    leadId: row.lead_id,
    leadName: row.lead_name,
    contactId: row.contact_id,
    contactName: row.contact_name,
    opportunityId: row.opportunity_id,
    opportunityName: row.opportunity_name,
    quotationDate: row.quotation_date,
    validUntil: row.valid_until,
    currency: row.currency,
    netCents: Number(row.net_cents),
    taxCents: Number(row.tax_cents),
    grossCents: Number(row.gross_cents),
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    predecessorId: row.predecessor_id,
    successorId: row.successor_id,
    submittedAt: row.submitted_at,
    submittedBy: row.submitted_by,
    supersededAt: row.superseded_at,
    lostAt: row.lost_at,
    expiredAt: row.expired_at,
    cancelledAt: row.cancelled_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    version: row.version,
  };
}
