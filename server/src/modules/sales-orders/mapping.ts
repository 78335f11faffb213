import { quotationLabel } from '@kontor/domain/quotations';
import type { SalesOrder } from '@kontor/domain/sales-orders';
import { ORDER_STATUSES } from '@kontor/domain/sales-status';
import { storedEnum } from '../../platform/db/stored-enum.js';
import type { SalesOrderRow } from './repository.js';

const statusOf = storedEnum(ORDER_STATUSES, 'draft');

export function toSalesOrder(row: SalesOrderRow): SalesOrder {
  return {
    id: row.id,
    number: row.number,
    status: statusOf(row.status),
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    contactId: row.contact_id,
    contactName: row.contact_name,
    opportunityId: row.opportunity_id,
    opportunityName: row.opportunity_name,
    leadId: row.lead_id,
    quotationId: row.quotation_id,
    quotationNumber:
      row.quotation_number === null
        ? null
        : quotationLabel(row.quotation_number, row.quotation_revision ?? 1),
    orderDate: row.order_date,
    deliveryDate: row.delivery_date,
    customerReference: row.customer_reference,
    acceptedVia: row.accepted_via,
    currency: row.currency,
    netCents: Number(row.net_cents),
    taxCents: Number(row.tax_cents),
    grossCents: Number(row.gross_cents),
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    bookedAt: row.booked_at,
    completedAt: row.completed_at,
    cancelledAt: row.cancelled_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    version: row.version,
  };
}
