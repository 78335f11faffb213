import { z } from 'zod';
import { SALUTATIONS } from './contacts.js';
import type { FieldDef } from './fields.js';
import { versionSchema } from './records.js';
import { type LineItem, lineItemsSchema } from './sales-totals.js';

// What quotations (S3) and sales orders (S4) share: the printed addresses, the lines with their
// computed nets, the totals per tax rate, and the verdicts of the actions the UI offers.

const part = (max: number) => z.string().trim().max(max).optional();

/**
 * A recipient address as printed (domain/address-block.ts `AddressBlockInput`): stored with the
 * document, so a sent quotation keeps the address it went to when the customer moves.
 */
export const addressBlockSchema = z
  .object({
    organizationName: part(200),
    organizationName2: part(200),
    department: part(120),
    salutation: z.enum(SALUTATIONS).nullable().optional(),
    title: part(40),
    firstName: part(100),
    lastName: part(100),
    street: part(120),
    houseNumber: part(20),
    poBox: part(20),
    addressLine2: part(120),
    postalCode: part(12),
    city: part(100),
    region: part(60),
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, { message: 'ISO-Ländercode wie DE' })
      .optional(),
  })
  .strict();
/** A printed recipient address. */
export type AddressBlock = z.infer<typeof addressBlockSchema>;

/**
 * How a document's address is chosen: `customer` takes the organisation's billing address (its
 * first address if none is marked billing) with the contact person, or the lead's company, name
 * and city; `custom` prints exactly the given block. The server stores the resulting block.
 */
export const addressChoiceSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('customer') }).strict(),
  z.object({ mode: z.literal('custom'), address: addressBlockSchema }).strict(),
]);
/** A validated address choice. */
export type AddressChoice = z.infer<typeof addressChoiceSchema>;

const id = z.string().min(1).max(64);
const longText = (max: number) => z.string().trim().max(max).nullable();

/** The fields a quotation and an order take alike (create: with defaults; update: all optional). */
export const salesDocumentFields = {
  contactId: id.nullable(),
  opportunityId: id.nullable(),
  billingAddress: addressChoiceSchema,
  /** Null: delivered to the billing address. */
  shippingAddress: addressChoiceSchema.nullable(),
  introText: longText(4000),
  terms: longText(4000),
  paymentTerms: longText(2000),
  ownerId: id.nullable(),
  /** The lines in print order, replaced as a whole on every change; at most MAX_LINES. */
  lines: lineItemsSchema,
};

/** One stored line as the API returns it: the input fields, its position (1, 2, …) and its net. */
export const documentLineSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  productId: z.string().nullable(),
  description: z.string(),
  quantityMilli: z.number().int(),
  unit: z.string(),
  unitPriceCents: z.number().int(),
  discountBasisPoints: z.number().int(),
  taxRate: z.union([z.literal(19), z.literal(7), z.literal(0)]),
  netCents: z.number().int(),
});
/** A stored line. */
export type DocumentLine = z.infer<typeof documentLineSchema>;

/** documentTotals() of domain/sales-totals.ts as the API returns it. */
export const documentTotalsSchema = z.object({
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
});

/** A record another one points at, by id and display name. */
export const recordRefSchema = z.object({ id: z.string(), name: z.string() });

/** A guard's verdict as the API returns it: allowed, or refused with the S5 refusal code. */
export const actionVerdictSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);

/** Only `{ version }`: the body of every document action (submit, book, cancel, …). */
export const documentActionSchema = z.object({ version: versionSchema }).strict();
/** A validated action body. */
export type DocumentAction = z.infer<typeof documentActionSchema>;

/** A stored line back as the line item it was entered as (for copying into a new version or an order). */
export function lineItemOf(line: DocumentLine): LineItem {
  const { id: _id, position: _position, netCents: _net, ...item } = line;
  return item;
}

/** A sortable, filterable text field of a sales document's record type. */
export const documentText = (key: string, de: string, en: string, defaultColumn = false): FieldDef => ({
  key,
  kind: 'text',
  label: { de, en },
  defaultColumn,
  sortable: true,
  filterable: true,
});

/** A sortable, filterable date, money or number field of a sales document's record type. */
export const documentTyped = (
  key: string,
  kind: 'date' | 'datetime' | 'money' | 'number',
  de: string,
  en: string,
  defaultColumn = false,
): FieldDef => ({ key, kind, label: { de, en }, defaultColumn, sortable: true, filterable: true });

/** The status field of a sales document's record type, with the kind's statuses and labels. */
export function documentStatusField<S extends string>(
  statuses: readonly S[],
  labels: Record<S, { de: string; en: string }>,
): FieldDef {
  return {
    key: 'status',
    kind: 'enum',
    label: { de: 'Status', en: 'Status' },
    options: statuses.map((value) => ({ value, label: labels[value] })),
    defaultColumn: true,
    sortable: true,
    filterable: true,
  };
}

/** The fields every sales document's list ends with: totals, owner and bookkeeping dates. */
export const DOCUMENT_TAIL_FIELDS: FieldDef[] = [
  documentTyped('net', 'money', 'Netto', 'Net'),
  documentTyped('gross', 'money', 'Brutto', 'Gross', true),
  documentText('ownerName', 'Betreuer', 'Account manager', true),
  documentTyped('createdAt', 'datetime', 'Angelegt', 'Created'),
  documentTyped('updatedAt', 'datetime', 'Geändert', 'Updated'),
];

/** A change to a draft: `version` and every field optional (`lines` replaces all lines). */
export function documentUpdateSchema<Shape extends Record<string, z.ZodType>>(fields: Shape) {
  return z
    .object({
      version: versionSchema,
      ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])),
    })
    .strict() as unknown as z.ZodType<{ version: number } & Partial<z.output<z.ZodObject<Shape>>>>;
}

/** The list fields both kinds carry: customer, contact, opportunity, money, owner, bookkeeping. */
export const documentItemFields = {
  id: z.string(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  opportunityId: z.string().nullable(),
  opportunityName: z.string().nullable(),
  currency: z.string(),
  netCents: z.number().int(),
  taxCents: z.number().int(),
  grossCents: z.number().int(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  version: z.number().int(),
};

/** The detail fields both kinds carry: printed addresses, texts, lines and their totals. */
export const documentDetailFields = {
  billingAddress: addressBlockSchema.nullable(),
  shippingAddress: addressBlockSchema.nullable(),
  introText: z.string().nullable(),
  terms: z.string().nullable(),
  paymentTerms: z.string().nullable(),
  lines: z.array(documentLineSchema),
  totals: documentTotalsSchema,
};
