import { z } from 'zod';
import type { RecordTypeDef } from './fields.js';
import { calendarDateSchema } from './records.js';
import {
  actionVerdictSchema,
  DOCUMENT_TAIL_FIELDS,
  documentDetailFields,
  documentItemFields,
  documentStatusField,
  documentUpdateSchema,
  salesDocumentFields,
  documentText as text,
  documentTyped as typed,
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
    documentStatusField(ORDER_STATUSES, ORDER_STATUS_LABELS),
    typed('orderDate', 'date', 'Auftragsdatum', 'Order date', true),
    typed('deliveryDate', 'date', 'Liefertermin', 'Delivery date'),
    text('customerReference', 'Bestellnummer des Kunden', 'Customer reference'),
    // When the order was booked; the sales funnel (R1) drills down by it.
    typed('bookedAt', 'datetime', 'Gebucht am', 'Booked'),
    ...DOCUMENT_TAIL_FIELDS,
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
export const updateSalesOrderSchema = documentUpdateSchema(orderFields);
/** A validated order update. */
export type UpdateSalesOrder = z.infer<typeof updateSalesOrderSchema>;

/** A sales order as lists return it. */
export const salesOrderSchema = z.object({
  ...documentItemFields,
  /** AUF-2026-00017. */
  number: z.string(),
  status: orderStatusSchema,
  leadId: z.string().nullable(),
  quotationId: z.string().nullable(),
  /** The quotation's number as printed (with its revision). */
  quotationNumber: z.string().nullable(),
  orderDate: z.string().nullable(),
  deliveryDate: z.string().nullable(),
  customerReference: z.string().nullable(),
  /** `user`, or `customer-link` when the customer accepted the quotation online. */
  acceptedVia: z.string(),
  bookedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
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
  ...documentDetailFields,
  allowedActions: z.record(z.enum(ORDER_ACTIONS), actionVerdictSchema),
};
export const salesOrderDetailSchema = salesOrderSchema.extend(salesOrderDetailFields);
/** A sales order in full. */
export type SalesOrderDetail = z.infer<typeof salesOrderDetailSchema>;

/** The shape the standard record routes declare: list items leave the detail fields out, detail and writes carry them all. */
export const salesOrderRecordSchema = salesOrderSchema.extend(
  z.object(salesOrderDetailFields).partial().shape,
);
