import { formatAddressBlock } from '@kontor/domain/address-block';
import type { CompanyProfile } from '@kontor/domain/company-profile';
import { type DocumentLine, lineItemOf } from '@kontor/domain/sales-documents';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { parseAddressBlock } from './customer.js';
import type { PrintContactPerson, SalesDocumentKind, SalesDocumentPrint } from './pdf/print-model.js';

type Db = Kysely<Database> | Transaction<Database>;

/** What the print model takes from a stored quotation or order (the columns both tables share). */
export interface PrintableDocument {
  number: string;
  revision: number;
  date: string | null;
  validUntil: string | null;
  deliveryDate: string | null;
  customerReference: string | null;
  quotationNumber: string | null;
  currency: string;
  organizationId: string | null;
  contactId: string | null;
  ownerId: string | null;
  billingAddress: string | null;
  introText: string | null;
  terms: string | null;
  paymentTerms: string | null;
  lines: DocumentLine[];
}

/**
 * The plain print model of a quotation or an order confirmation (pdf/print-model.ts): the
 * letterhead from the company profile, the stored address block as recipient, greeting and
 * language from the contact person, "our contact" from the owner. Undated drafts print today.
 */
export async function printModelOf(
  db: Db,
  kind: SalesDocumentKind,
  document: PrintableDocument,
  company: CompanyProfile,
  today: string,
  /** The reader's language (the customer link's visitor); otherwise the contact person's. */
  languageOverride?: 'de' | 'en',
): Promise<SalesDocumentPrint> {
  const [contact, owner, organization] = await Promise.all([
    document.contactId
      ? db
          .selectFrom('contacts')
          .select(['salutation', 'title', 'first_name', 'last_name', 'language'])
          .where('id', '=', document.contactId)
          .executeTakeFirst()
      : undefined,
    document.ownerId
      ? db.selectFrom('users').select(['name', 'email']).where('id', '=', document.ownerId).executeTakeFirst()
      : undefined,
    document.organizationId
      ? db
          .selectFrom('organizations')
          .select('customer_number')
          .where('id', '=', document.organizationId)
          .executeTakeFirst()
      : undefined,
  ]);
  const language = languageOverride ?? (contact?.language === 'en' ? 'en' : 'de');
  const contactPerson: PrintContactPerson | null = contact
    ? {
        salutation: (['herr', 'frau', 'divers'] as const).find((s) => s === contact.salutation) ?? null,
        title: contact.title,
        firstName: contact.first_name,
        lastName: contact.last_name,
      }
    : null;
  const address = parseAddressBlock(document.billingAddress);
  return {
    kind,
    language,
    number: document.number,
    revision: document.revision,
    date: document.date ?? today,
    validUntil: document.validUntil,
    deliveryDate: document.deliveryDate,
    customerReference: document.customerReference,
    quotationNumber: document.quotationNumber,
    customerNumber: organization?.customer_number ?? null,
    currency: document.currency,
    company,
    recipient: address ? formatAddressBlock(address, { senderCountry: company.countryCode, language }) : [],
    contactPerson,
    ourContact: owner ? { name: owner.name, email: owner.email, phone: null } : null,
    introText: document.introText,
    lines: document.lines.map(lineItemOf),
    terms: document.terms,
    paymentTerms: document.paymentTerms,
    closingText: null,
  };
}
