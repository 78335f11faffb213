import type { AddressChoice } from '@kontor/domain/sales-documents';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { addressBlockOf, type Customer } from './customer.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The customer columns quotations and orders share, as stored. */
export function customerColumns(customer: Customer) {
  return {
    organization_id: customer.organizationId,
    lead_id: customer.leadId,
    opportunity_id: customer.opportunityId,
    contact_id: customer.contactId,
  };
}

/** The customer of a stored quotation or order. */
export function customerOf(row: {
  organization_id: string | null;
  lead_id: string | null;
  opportunity_id: string | null;
  contact_id: string | null;
}): Customer {
  return {
    organizationId: row.organization_id,
    leadId: row.lead_id,
    opportunityId: row.opportunity_id,
    contactId: row.contact_id,
  };
}

/** The address column for an address choice: the printed block as JSON (null: none). */
export async function addressJson(
  db: Db,
  customer: Customer,
  choice: AddressChoice | null,
): Promise<string | null> {
  if (choice === null) return null;
  const block = await addressBlockOf(db, customer, choice);
  return block ? JSON.stringify(block) : null;
}

/** The sent columns only: absent (undefined) ones stay out, so an update leaves them alone. */
export function defined<T extends Record<string, unknown>>(columns: T): Partial<T> {
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined)) as Partial<T>;
}
