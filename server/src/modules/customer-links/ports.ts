import type { PublicQuotation } from '@kontor/domain/customer-links';
import type { QuotationStatus } from '@kontor/domain/sales-status';
import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import type { RecordKey } from '../activities/repository.js';

type Db = Kysely<Database> | Transaction<Database>;

/** What the link needs to know of its quotation. */
export interface LinkedQuotation {
  id: string;
  /** ANG-2026-00042, or ANG-2026-00042-2 for a later version. */
  label: string;
  status: QuotationStatus;
  /** YYYY-MM-DD or null. */
  validUntil: string | null;
  ownerId: string | null;
  /** The records whose timelines tell of the customer's actions: quotation, opportunity, lead, customer. */
  timeline: RecordKey[];
  /** The number of its booked order, once ordered. */
  orderNumber: string | null;
}

/**
 * The quotations module as the customer link uses it (wired in app.ts), so this module never
 * reads the quotation tables itself.
 */
export interface LinkedQuotations {
  /** The quotation if the principal may see it; undefined when it is missing or hidden. */
  visibleTo(principal: Principal, quotationId: string): Promise<LinkedQuotation | undefined>;
  /** The quotation regardless of who asks (the public page has only the token's word). */
  find(db: Db, quotationId: string): Promise<LinkedQuotation | undefined>;
  /** What the printed quotation shows, in the visitor's language. */
  publicView(
    db: Db,
    quotationId: string,
    language: 'de' | 'en',
  ): Promise<Omit<PublicQuotation, 'state' | 'orderNumber'>>;
  /** The quotation's PDF. */
  pdf(quotationId: string, language: 'de' | 'en'): Promise<{ fileName: string; content: Buffer }>;
  /** Books the order of an open quotation in the transaction, as the customer did it (S4). */
  acceptByCustomer(trx: Transaction<Database>, quotationId: string): Promise<{ orderNumber: string }>;
}
