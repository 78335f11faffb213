import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { QUOTATION } from '@kontor/domain/quotations';
import type { ListColumns } from '../../platform/lists/columns.js';

function field(key: string): FieldDef {
  const found = fieldOf(QUOTATION, key);
  if (!found) throw new Error(`quotation field ${key} is not declared`);
  return found;
}

/** Where each declared quotation field lives in SQL (joins as in QuotationRepository.visible). */
export const QUOTATION_COLUMNS: ListColumns = {
  number: { field: field('number'), column: 'quotations.number', notNull: true },
  revision: { field: field('revision'), column: 'quotations.revision', notNull: true },
  organizationName: {
    field: field('organizationName'),
    column: 'organization.name',
    keyColumn: 'organization.name_key',
  },
  leadName: { field: field('leadName'), column: 'lead.name', keyColumn: 'lead.name_key' },
  contactName: { field: field('contactName'), column: 'contact.name', keyColumn: 'contact.name_key' },
  opportunityName: {
    field: field('opportunityName'),
    column: 'opportunity.name',
    keyColumn: 'opportunity.name_key',
  },
  status: { field: field('status'), column: 'quotations.status', notNull: true },
  quotationDate: { field: field('quotationDate'), column: 'quotations.quotation_date' },
  validUntil: { field: field('validUntil'), column: 'quotations.valid_until' },
  submittedAt: { field: field('submittedAt'), column: 'quotations.submitted_at' },
  net: { field: field('net'), column: 'quotations.net_cents', notNull: true },
  gross: { field: field('gross'), column: 'quotations.gross_cents', notNull: true },
  ownerName: { field: field('ownerName'), column: 'owner.name' },
  createdAt: { field: field('createdAt'), column: 'quotations.created_at', notNull: true },
  updatedAt: { field: field('updatedAt'), column: 'quotations.updated_at', notNull: true },
};
