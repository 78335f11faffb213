import { z } from 'zod';
import { calendarDateSchema } from './records.js';

// The customer link (issue 5, S3): a submitted quotation opened and accepted online, without a
// login, through an unguessable, revocable, expiring URL.

/** The longest a link may stay valid; a quotation's validity rarely runs longer. */
export const MAX_LINK_DAYS = 180;

/** A new link; without an end date it lasts until the quotation's validity date (at least a day). */
export const createCustomerLinkSchema = z
  .object({ expiresOn: calendarDateSchema.nullable().default(null) })
  .strict();
export type CreateCustomerLink = z.infer<typeof createCustomerLinkSchema>;

/** A link as the CRM lists it; the URL with its token is shown only once, on creation. */
export const customerLinkSchema = z.object({
  id: z.string(),
  quotationId: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  openedCount: z.number().int(),
  lastOpenedAt: z.string().nullable(),
  acceptedAt: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  /** Usable now: neither revoked, expired nor used to accept. */
  active: z.boolean(),
});
export type CustomerLink = z.infer<typeof customerLinkSchema>;

/** The answer to creating a link: the link and, this once, its URL. */
export const createdCustomerLinkSchema = customerLinkSchema.extend({ url: z.string() });
export type CreatedCustomerLink = z.infer<typeof createdCustomerLinkSchema>;

/** What a link's page can offer: accepting, or why not. */
export const PUBLIC_QUOTATION_STATES = ['open', 'accepted', 'expired', 'closed'] as const;
export type PublicQuotationState = (typeof PUBLIC_QUOTATION_STATES)[number];

const publicLineSchema = z.object({
  position: z.number().int(),
  description: z.string(),
  quantityMilli: z.number().int(),
  unit: z.string(),
  unitPriceCents: z.number().int(),
  discountBasisPoints: z.number().int(),
  taxRate: z.number().int(),
  netCents: z.number().int(),
});

/**
 * A quotation as its customer sees it on the public page: only what the printed quotation shows
 * (no owner's internals, no internal notes, no other records).
 */
export const publicQuotationSchema = z.object({
  state: z.enum(PUBLIC_QUOTATION_STATES),
  /** The order number once accepted. */
  orderNumber: z.string().nullable(),
  company: z.object({
    name: z.string(),
    addressLines: z.array(z.string()),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
  }),
  number: z.string(),
  quotationDate: z.string().nullable(),
  validUntil: z.string().nullable(),
  recipientLines: z.array(z.string()),
  contactName: z.string().nullable(),
  introText: z.string().nullable(),
  lines: z.array(publicLineSchema),
  totals: z.object({
    netCents: z.number().int(),
    taxCents: z.number().int(),
    grossCents: z.number().int(),
    byRate: z.array(
      z.object({
        rate: z.number().int(),
        netCents: z.number().int(),
        taxCents: z.number().int(),
        grossCents: z.number().int(),
      }),
    ),
  }),
  currency: z.string(),
  terms: z.string().nullable(),
  paymentTerms: z.string().nullable(),
});
export type PublicQuotation = z.infer<typeof publicQuotationSchema>;
