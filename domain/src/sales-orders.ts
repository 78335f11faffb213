import { z } from 'zod';
import type { FieldDef, RecordTypeDef } from './fields.js';
import { calendarDateSchema, versionSchema } from './records.js';
import {
  actionVerdictSchema,
  addressBlockSchema,
  documentLineSchema,
  documentTotalsSchema,
  salesDocumentFields,
} from './sales-documents.js';
import {
  canBookOrder,
  canCancelOrder,
  canCompleteOrder,
  type Guard,
  ORDER_STATUS_LABELS,
  ORDER_STATUSES,
  type OrderRefusal,
  type OrderStatus,
  orderStatusSchema,
} from './sales-status.js';

const text = (key: string, de: string, en: string, defaultColumn = false): FieldDef => ({
  key,
  kind: 'text',
  label: { de, en },
  defaultColumn,
  sortable: true,
  filterable: true,
});
const typed = (
  key: string,
  kind: 'date' | 'datetime' | 'money',
  de: string,
  en: string,
  defaultColumn = false,
): FieldDef => ({ key, kind, label: { de, en }, defaultColumn, sortable: true, filterable: true });

/** Sales orders (S4, "Kundenaufträge") as lists, filters, export and history see them. */
export const SALES_ORDER: RecordTypeDef = {
  type: 'order',
  label: {
    singular: { de: 'Kundenauftrag', en: 'Sales order' },
    plural: { de: 'Kundenaufträge', en: 'Sales orders' },
  },
  defaultSort: '-updatedAt',
  fields: [
    text('number', 'Nummer', 'Number', true),
    text('organizationName', 'Organisation', 'Organisation', true),
    text('contactName', 'Kontakt', 'Contact'),
    text('opportunityName', 'Chance', 'Opportunity'),
    text('quotationNumber', 'Angebot', 'Quotation'),
    {
      key: 'status',
      kind: 'enum',
      label: { de: 'Status', en: 'Status' },
      options: ORDER_STATUSES.map((value) => ({ value, label: ORDER_STATUS_LABELS[value] })),
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    typed('orderDate', 'date', 'Auftragsdatum', 'Order date', true),
    typed('deliveryDate', 'date', 'Liefertermin', 'Delivery date'),
    text('customerReference', 'Bestellnummer des Kunden', 'Customer reference'),
    typed('net', 'money', 'Netto', 'Net'),
    typed('gross', 'money', 'Brutto', 'Gross', true),
    text('ownerName', 'Betreuer', 'Account manager', true),
    typed('createdAt', 'datetime', 'Angelegt', 'Created'),
    typed('updatedAt', 'datetime', 'Geändert', 'Updated'),
  ],
};

const id = z.string().min(1).max(64);

const orderFields = {
  ...salesDocumentFields,
  /** Orders are for customers: an organisation (convert a lead first). */
  organizationId: id,
  orderDate: calendarDateSchema.nullable(),
  deliveryDate: calendarDateSchema.nullable(),
  /** The customer's own order number ("Ihre Bestellung"). */
  customerReference: z.string().trim().max(100).nullable(),
};

/** A new order entered directly (a draft; its number is drawn now). Orders from quotations: POST /api/quotations/:id/order. */
export const createSalesOrderSchema = z
  .object({
    organizationId: orderFields.organizationId,
    opportunityId: orderFields.opportunityId.default(null),
    contactId: orderFields.contactId.default(null),
    billingAddress: orderFields.billingAddress.default({ mode: 'customer' }),
    shippingAddress: orderFields.shippingAddress.default(null),
    orderDate: orderFields.orderDate.optional(),
    deliveryDate: orderFields.deliveryDate.default(null),
    customerReference: orderFields.customerReference.default(null),
    introText: orderFields.introText.default(null),
    terms: orderFields.terms.default(null),
    paymentTerms: orderFields.paymentTerms.optional(),
    ownerId: orderFields.ownerId.optional(),
    lines: orderFields.lines.default([]),
  })
  .strict();
/** A validated new order. */
export type CreateSalesOrder = z.infer<typeof createSalesOrderSchema>;

/** Changes to a draft order; `lines` replaces all lines. */
export const updateSalesOrderSchema = z
  .object({
    version: versionSchema,
    ...Object.fromEntries(Object.entries(orderFields).map(([k, v]) => [k, v.optional()])),
  })
  .strict() as unknown as z.ZodType<{ version: number } & Partial<z.output<z.ZodObject<typeof orderFields>>>>;
/** A validated order update. */
export type UpdateSalesOrder = z.infer<typeof updateSalesOrderSchema>;

/** A sales order as lists return it. */
export const salesOrderSchema = z.object({
  id: z.string(),
  /** AUF-2026-00017. */
  number: z.string(),
  status: orderStatusSchema,
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  opportunityId: z.string().nullable(),
  opportunityName: z.string().nullable(),
  leadId: z.string().nullable(),
  quotationId: z.string().nullable(),
  /** The quotation's number as printed (with its revision). */
  quotationNumber: z.string().nullable(),
  orderDate: z.string().nullable(),
  deliveryDate: z.string().nullable(),
  customerReference: z.string().nullable(),
  /** `user`, or `customer-link` when the customer accepted the quotation online. */
  acceptedVia: z.string(),
  currency: z.string(),
  netCents: z.number().int(),
  taxCents: z.number().int(),
  grossCents: z.number().int(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  bookedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  version: z.number().int(),
});
/** A sales order in a list. */
export type SalesOrder = z.infer<typeof salesOrderSchema>;

export const ORDER_ACTIONS = ['edit', 'book', 'complete', 'cancel'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/** Every user action on an order with its verdict, so the UI offers only allowed ones and says why. */
export function allowedOrderActions(status: OrderStatus): Record<OrderAction, Guard<OrderRefusal>> {
  return {
    // A draft is edited like a draft quotation; booking makes it binding.
    edit: canBookOrder(status),
    book: canBookOrder(status),
    complete: canCompleteOrder(status),
    cancel: canCancelOrder(status),
  };
}

/** A sales order in full: addresses, texts, lines, totals and its actions' verdicts. */
const salesOrderDetailFields = {
  billingAddress: addressBlockSchema.nullable(),
  shippingAddress: addressBlockSchema.nullable(),
  introText: z.string().nullable(),
  terms: z.string().nullable(),
  paymentTerms: z.string().nullable(),
  lines: z.array(documentLineSchema),
  totals: documentTotalsSchema,
  allowedActions: z.record(z.enum(ORDER_ACTIONS), actionVerdictSchema),
};
export const salesOrderDetailSchema = salesOrderSchema.extend(salesOrderDetailFields);
/** A sales order in full. */
export type SalesOrderDetail = z.infer<typeof salesOrderDetailSchema>;

/** The shape the standard record routes declare: list items leave the detail fields out, detail and writes carry them all. */
export const salesOrderRecordSchema = salesOrderSchema.extend(
  z.object(salesOrderDetailFields).partial().shape,
);
