import { z } from 'zod';
import type { RecordTypeDef } from './fields.js';
import { calendarDateSchema, versionSchema } from './records.js';
import {
  actionVerdictSchema,
  DOCUMENT_TAIL_FIELDS,
  documentDetailFields,
  documentItemFields,
  documentStatusField,
  documentUpdateSchema,
  recordRefSchema,
  salesDocumentFields,
  documentText as text,
  documentTyped as typed,
} from './sales-documents.js';
import {
  QUOTATION_ACTIONS,
  QUOTATION_STATUS_LABELS,
  QUOTATION_STATUSES,
  quotationStatusSchema,
} from './sales-status.js';

/** Quotations (S3, "Angebote") as lists, filters, export and history see them; one row per version. */
export const QUOTATION: RecordTypeDef = {
  type: 'quotation',
  label: { singular: { de: 'Angebot', en: 'Quotation' }, plural: { de: 'Angebote', en: 'Quotations' } },
  defaultSort: '-updatedAt',
  fields: [
    text('number', 'Nummer', 'Number', true),
    typed('revision', 'number', 'Version', 'Version'),
    // The customer: the organisation, or the lead while there is none yet.
    text('organizationName', 'Organisation', 'Organisation', true),
    text('leadName', 'Lead', 'Lead', true),
    text('contactName', 'Kontakt', 'Contact'),
    text('opportunityName', 'Chance', 'Opportunity'),
    documentStatusField(QUOTATION_STATUSES, QUOTATION_STATUS_LABELS),
    typed('quotationDate', 'date', 'Angebotsdatum', 'Quotation date', true),
    typed('validUntil', 'date', 'Gültig bis', 'Valid until', true),
    // When the version went to the customer; the sales funnel (R1) drills down by it.
    typed('submittedAt', 'datetime', 'Abgegeben am', 'Submitted'),
    ...DOCUMENT_TAIL_FIELDS,
  ],
};

const id = z.string().min(1).max(64);

const quotationFields = {
  ...salesDocumentFields,
  organizationId: id.nullable(),
  leadId: id.nullable(),
  /** "Gültig bis"; on create it defaults to the quotation date plus the company profile's validity days. */
  validUntil: calendarDateSchema,
};

const NEEDS_CUSTOMER = 'Organisation, Lead oder Chance angeben';

/**
 * A new quotation (a draft; its number is drawn now). The customer is an organisation or a lead;
 * given only an opportunity, its organisation, lead and contact apply. Left-out texts come from
 * the company profile, the address from the customer.
 */
export const createQuotationSchema = z
  .object({
    organizationId: quotationFields.organizationId.default(null),
    leadId: quotationFields.leadId.default(null),
    opportunityId: quotationFields.opportunityId.default(null),
    contactId: quotationFields.contactId.optional(),
    billingAddress: quotationFields.billingAddress.default({ mode: 'customer' }),
    shippingAddress: quotationFields.shippingAddress.default(null),
    validUntil: quotationFields.validUntil.optional(),
    introText: quotationFields.introText.default(null),
    terms: quotationFields.terms.optional(),
    paymentTerms: quotationFields.paymentTerms.optional(),
    ownerId: quotationFields.ownerId.optional(),
    lines: quotationFields.lines.default([]),
  })
  .strict()
  .refine((q) => q.organizationId !== null || q.leadId !== null || q.opportunityId !== null, {
    message: NEEDS_CUSTOMER,
    path: ['organizationId'],
  });
/** A validated new quotation. */
export type CreateQuotation = z.infer<typeof createQuotationSchema>;

/** Changes to a draft (a submitted quotation changes through a new version); `lines` replaces all lines. */
export const updateQuotationSchema = documentUpdateSchema(quotationFields);
/** A validated quotation update. */
export type UpdateQuotation = z.infer<typeof updateQuotationSchema>;

/** Marking the newest open or expired version lost (S5): at least one lost reason, competitors, a note. */
export const markQuotationLostSchema = z
  .object({
    version: versionSchema,
    lostReasonIds: z.array(id).min(1, { message: 'Mindestens einen Verlustgrund angeben' }).max(20),
    competitorIds: z.array(id).max(50).default([]),
    note: z.string().trim().max(2000).nullable().default(null),
  })
  .strict();
/** A validated lost marking. */
export type MarkQuotationLost = z.infer<typeof markQuotationLostSchema>;

/** A quotation version as lists return it; `status` is the derived S5 status. */
export const quotationSchema = z.object({
  ...documentItemFields,
  /** ANG-2026-00042, shared by all versions. */
  number: z.string(),
  revision: z.number().int(),
  /** The number as printed: with `-2`, `-3` … from the second version on. */
  label: z.string(),
  status: quotationStatusSchema,
  leadId: z.string().nullable(),
  leadName: z.string().nullable(),
  quotationDate: z.string().nullable(),
  validUntil: z.string().nullable(),
  /** The version this one replaced, and the one that replaced it (null while it is the newest). */
  predecessorId: z.string().nullable(),
  successorId: z.string().nullable(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  supersededAt: z.string().nullable(),
  lostAt: z.string().nullable(),
  expiredAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
});
/** A quotation version in a list. */
export type Quotation = z.infer<typeof quotationSchema>;

/**
 * One quotation version in full: printed addresses and texts, lines, totals per tax rate, why it
 * was lost, its booked order, and every action with its verdict (allowedQuotationActions), so
 * the UI offers only what is allowed and says why not.
 */
const quotationDetailFields = {
  ...documentDetailFields,
  lostReasons: z.array(recordRefSchema),
  competitors: z.array(recordRefSchema),
  lostNote: z.string().nullable(),
  /** The booked (or completed) order made from it, if any. */
  order: z.object({ id: z.string(), number: z.string(), status: z.string() }).nullable(),
  allowedActions: z.record(z.enum(QUOTATION_ACTIONS), actionVerdictSchema),
};
export const quotationDetailSchema = quotationSchema.extend(quotationDetailFields);
/** A quotation version in full. */
export type QuotationDetail = z.infer<typeof quotationDetailSchema>;

/**
 * The shape the standard record routes declare for both lists and detail: list items leave the
 * detail fields out, `GET /api/quotations/:id` and every write always carry them all.
 */
export const quotationRecordSchema = quotationSchema.extend(z.object(quotationDetailFields).partial().shape);

/** Number and revision as printed: `ANG-2026-00042`, from the second version `ANG-2026-00042-2`. */
export function quotationLabel(number: string, revision: number): string {
  return revision > 1 ? `${number}-${revision}` : number;
}

/** A document number: prefix, year and the sequence value zero-padded to five digits. */
export function documentNumber(prefix: 'ANG' | 'AUF', year: number, value: number): string {
  return `${prefix}-${year}-${String(value).padStart(5, '0')}`;
}

/** The default "gültig bis": `days` after the quotation date (YYYY-MM-DD, calendar arithmetic in UTC). */
export function defaultValidUntil(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
