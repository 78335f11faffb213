import type { AddressBlock, AddressChoice } from '@kontor/domain/sales-documents';
import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { Database } from '../../platform/db/schema.js';
import { invalidField } from '../../platform/http/problem.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Who a quotation or order is for, as sent (null: none; undefined: not sent, keep or default). */
export interface CustomerInput {
  organizationId?: string | null;
  leadId?: string | null;
  opportunityId?: string | null;
  contactId?: string | null;
}

/** The customer references after checking them and taking the opportunity's defaults. */
export interface Customer {
  organizationId: string | null;
  leadId: string | null;
  opportunityId: string | null;
  contactId: string | null;
}

/**
 * Checks that every referenced record exists and is visible to the principal, and fills what
 * was left out: from the opportunity its organisation, lead and contact, from a converted lead
 * the organisation made of it. An organisation or lead that contradicts the opportunity is a 400.
 */
export async function resolveCustomer(
  db: Db,
  principal: Principal,
  input: CustomerInput,
  current: Customer = { organizationId: null, leadId: null, opportunityId: null, contactId: null },
): Promise<Customer> {
  const opportunityId = input.opportunityId === undefined ? current.opportunityId : input.opportunityId;
  let organizationId = input.organizationId === undefined ? current.organizationId : input.organizationId;
  let leadId = input.leadId === undefined ? current.leadId : input.leadId;
  let contactId = input.contactId === undefined ? current.contactId : input.contactId;

  if (opportunityId && input.opportunityId !== undefined) {
    const opportunity = await db
      .selectFrom('opportunities')
      .select(['organization_id', 'lead_id', 'contact_id'])
      .where('id', '=', opportunityId)
      .where(visibleTo(principal, 'opportunities.owner_id'))
      .executeTakeFirst();
    if (!opportunity) throw invalidField('opportunityId', 'sales-unknown-opportunity');
    if (organizationId && opportunity.organization_id && organizationId !== opportunity.organization_id)
      throw invalidField('organizationId', 'sales-customer-mismatch');
    if (leadId && opportunity.lead_id && leadId !== opportunity.lead_id)
      throw invalidField('leadId', 'sales-customer-mismatch');
    organizationId ??= opportunity.organization_id;
    leadId ??= opportunity.lead_id;
    if (input.contactId === undefined) contactId = contactId ?? opportunity.contact_id;
  }
  if (leadId && (input.leadId !== undefined || input.opportunityId !== undefined)) {
    const lead = await db
      .selectFrom('leads')
      .select(['converted_organization_id'])
      .where('id', '=', leadId)
      .where(visibleTo(principal, 'leads.owner_id'))
      .executeTakeFirst();
    if (!lead) throw invalidField('leadId', 'sales-unknown-lead');
    organizationId ??= lead.converted_organization_id;
  }
  if (organizationId && organizationId !== current.organizationId) {
    const organization = await db
      .selectFrom('organizations')
      .select('id')
      .where('id', '=', organizationId)
      .where(visibleTo(principal, 'organizations.owner_id'))
      .executeTakeFirst();
    if (!organization) throw invalidField('organizationId', 'sales-unknown-organization');
  }
  if (contactId && contactId !== current.contactId) {
    const contact = await db
      .selectFrom('contacts')
      .select('id')
      .where('id', '=', contactId)
      .where(visibleTo(principal, 'contacts.owner_id'))
      .executeTakeFirst();
    if (!contact) throw invalidField('contactId', 'sales-unknown-contact');
  }
  return { organizationId, leadId, opportunityId, contactId };
}

/**
 * The address block a document prints for an address choice: a custom block as given; the
 * customer's — the organisation's billing address (its first address if none is marked billing)
 * with the contact person, or for a lead alone its company, name and city.
 */
export async function addressBlockOf(
  db: Db,
  customer: Customer,
  choice: AddressChoice,
): Promise<AddressBlock | null> {
  if (choice.mode === 'custom') return choice.address;
  const contact = customer.contactId
    ? await db
        .selectFrom('contacts')
        .select(['salutation', 'title', 'first_name', 'last_name'])
        .where('id', '=', customer.contactId)
        .executeTakeFirst()
    : undefined;
  const person: AddressBlock = contact
    ? compact({
        salutation: contact.salutation as AddressBlock['salutation'],
        title: contact.title,
        firstName: contact.first_name,
        lastName: contact.last_name,
      })
    : {};
  if (customer.organizationId) {
    const [organization, address] = await Promise.all([
      db
        .selectFrom('organizations')
        .select('name')
        .where('id', '=', customer.organizationId)
        .executeTakeFirst(),
      db
        .selectFrom('addresses')
        .selectAll()
        .where('owner_type', '=', 'organization')
        .where('owner_id', '=', customer.organizationId)
        // Billing first, then the saved order.
        .orderBy((eb) => eb.case().when('type', '=', 'billing').then(0).else(1).end())
        .orderBy('position')
        .limit(1)
        .executeTakeFirst(),
    ]);
    return compact({
      organizationName: organization?.name,
      ...person,
      street: address?.street,
      houseNumber: address?.house_number,
      addressLine2: address?.address_line2,
      poBox: address?.po_box,
      postalCode: address?.postal_code,
      city: address?.city,
      countryCode: address?.country_code,
    });
  }
  if (customer.leadId) {
    const lead = await db
      .selectFrom('leads')
      .select(['company_name', 'salutation', 'title', 'first_name', 'last_name', 'city'])
      .where('id', '=', customer.leadId)
      .executeTakeFirst();
    if (!lead) return null;
    return compact({
      organizationName: lead.company_name,
      ...(contact
        ? person
        : {
            salutation: lead.salutation as AddressBlock['salutation'],
            title: lead.title,
            firstName: lead.first_name,
            lastName: lead.last_name,
          }),
      city: lead.city,
    });
  }
  return null;
}

/** The block without empty parts, as it is stored. */
function compact(block: Record<string, string | null | undefined>): AddressBlock {
  return Object.fromEntries(
    Object.entries(block).filter((entry): entry is [string, string] => !!entry[1]),
  ) as AddressBlock;
}

/** An address block column read back. */
export function parseAddressBlock(value: string | null): AddressBlock | null {
  return value ? (JSON.parse(value) as AddressBlock) : null;
}

/** Another owner than the writer must be an active user. */
export async function checkOwner(db: Db, principal: Principal, ownerId: string | null | undefined) {
  if (!ownerId || ownerId === principal.userId) return;
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', ownerId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!row) throw invalidField('ownerId', 'sales-inactive-owner');
}
