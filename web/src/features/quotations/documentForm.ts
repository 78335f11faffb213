import type { QuotationDetail } from '@kontor/domain/quotations';
import type { SalesOrderDetail } from '@kontor/domain/sales-orders';
import type { NumberLanguage } from '@kontor/domain/sales-totals';
import { formatDateInput, parseDateInput } from '../../ui/DateField';
import { emptyRow, type LineRow, lineErrors, lineItemsOf, rowOf } from './lineItems';

// The form of a quotation and of a sales order: the same customer, texts and positions, each
// with its own dates. One set of values serves both, so the form fields and checks are shared.

export type DocumentKind = 'quotation' | 'order';

export interface DocumentFormValues {
  organizationId: string | null;
  /** A quotation may be for a lead alone (from its opportunity); orders always name an organisation. */
  leadId: string | null;
  opportunityId: string | null;
  contactId: string | null;
  /** Quotation: "gültig bis", as typed; empty on create = the company profile's default. */
  validUntil: string;
  /** Order: order date (empty on create = today), delivery date and the customer's order number. */
  orderDate: string;
  deliveryDate: string;
  customerReference: string;
  introText: string;
  /** Empty on create = the company profile's standard text. */
  terms: string;
  paymentTerms: string;
  lines: LineRow[];
}

/** The values of a new document: one empty position to start typing in. */
export function newDocumentValues(language: NumberLanguage, prefill: Partial<DocumentFormValues> = {}) {
  return {
    organizationId: null,
    leadId: null,
    opportunityId: null,
    contactId: null,
    validUntil: '',
    orderDate: '',
    deliveryDate: '',
    customerReference: '',
    introText: '',
    terms: '',
    paymentTerms: '',
    lines: [emptyRow(language)],
    ...prefill,
  } satisfies DocumentFormValues;
}

/** A stored quotation or order as the form shows it. */
export function documentValues(
  document: QuotationDetail | SalesOrderDetail,
  language: NumberLanguage,
): DocumentFormValues {
  const dates =
    'validUntil' in document
      ? {
          validUntil: formatDateInput(document.validUntil, language),
          orderDate: '',
          deliveryDate: '',
          customerReference: '',
        }
      : {
          validUntil: '',
          orderDate: formatDateInput(document.orderDate, language),
          deliveryDate: formatDateInput(document.deliveryDate, language),
          customerReference: document.customerReference ?? '',
        };
  return {
    organizationId: document.organizationId,
    leadId: document.leadId,
    opportunityId: document.opportunityId,
    contactId: document.contactId,
    ...dates,
    introText: document.introText ?? '',
    terms: document.terms ?? '',
    paymentTerms: document.paymentTerms ?? '',
    lines: document.lines.map((line) => rowOf(line, language)),
  };
}

const TEXT_LIMITS = { introText: 4000, terms: 4000, paymentTerms: 2000, customerReference: 100 } as const;

/**
 * What is wrong with the values, as i18n keys by form path; the same limits the server checks,
 * so the user hears of them at the field before sending.
 */
export function documentFormErrors(
  values: DocumentFormValues,
  kind: DocumentKind,
  language: NumberLanguage,
): Record<string, string> {
  const errors: Record<string, string> = lineErrors(values.lines, language);
  const hasCustomer = values.organizationId !== null || (kind === 'quotation' && values.leadId !== null);
  if (!hasCustomer) errors.organizationId = 'salesDocuments.errors.customer';
  const dates = kind === 'quotation' ? (['validUntil'] as const) : (['orderDate', 'deliveryDate'] as const);
  for (const field of dates) {
    if (parseDateInput(values[field]) === undefined) errors[field] = 'validation.date';
  }
  for (const [field, max] of Object.entries(TEXT_LIMITS)) {
    if (values[field as keyof typeof TEXT_LIMITS].trim().length > max)
      errors[field] = 'salesDocuments.errors.tooLong';
  }
  return errors;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
// On create an empty standard text means "the company's default"; on edit it means "none".
const standardText = (text: string, creating: boolean) =>
  creating && text.trim() === '' ? undefined : orNull(text);
const date = (text: string) => parseDateInput(text) ?? null;

/** The quotation request body the values stand for; lines must be valid (the form checked them). */
export function quotationPayload(values: DocumentFormValues, language: NumberLanguage, creating: boolean) {
  return {
    organizationId: values.organizationId,
    leadId: values.leadId,
    opportunityId: values.opportunityId,
    contactId: values.contactId,
    validUntil:
      creating && values.validUntil.trim() === '' ? undefined : (date(values.validUntil) ?? undefined),
    introText: orNull(values.introText),
    terms: standardText(values.terms, creating),
    paymentTerms: standardText(values.paymentTerms, creating),
    lines: lineItemsOf(values.lines, language) ?? [],
  };
}

/** The order request body the values stand for. */
export function orderPayload(values: DocumentFormValues, language: NumberLanguage, creating: boolean) {
  return {
    organizationId: values.organizationId ?? '',
    opportunityId: values.opportunityId,
    contactId: values.contactId,
    orderDate: creating && values.orderDate.trim() === '' ? undefined : date(values.orderDate),
    deliveryDate: date(values.deliveryDate),
    customerReference: orNull(values.customerReference),
    introText: orNull(values.introText),
    terms: orNull(values.terms),
    paymentTerms: standardText(values.paymentTerms, creating),
    lines: lineItemsOf(values.lines, language) ?? [],
  };
}
