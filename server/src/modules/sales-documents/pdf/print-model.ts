import type { CompanyProfile } from '@kontor/domain/company-profile';
import type { LineItem } from '@kontor/domain/sales-totals';
import type { Language } from '@kontor/domain/users';

// What a quotation or an order confirmation PDF shows, as plain data: no database, no ids. The
// quotations and orders modules build it from their records (and the company profile); the
// renderer (render.ts) computes nothing but layout and the totals, which it takes from the lines
// through domain/sales-totals.ts so the PDF always agrees with the stored document.

/** Which letter this is: "Angebot" or "Auftragsbestätigung". */
export type SalesDocumentKind = 'quotation' | 'order-confirmation';

/** The customer's language; every label, number and date of the PDF follows it. */
export type PrintLanguage = Language;

/** A calendar date without time, `YYYY-MM-DD`, as every date without time travels. */
export type PrintDate = string;

/**
 * The sender as the letterhead (name, address, contact data) and the footer (register, tax ids,
 * bank, managing directors) print it. A CompanyProfile from `GET /api/company-profile` or the
 * CompanyProfileService fits as it is; empty (null) fields are simply left out.
 */
export type PrintCompany = Pick<
  CompanyProfile,
  | 'name'
  | 'nameAddition'
  | 'street'
  | 'houseNumber'
  | 'postalCode'
  | 'city'
  | 'countryCode'
  | 'phone'
  | 'email'
  | 'website'
  | 'vatId'
  | 'taxNumber'
  | 'registerCourt'
  | 'registerNumber'
  | 'managingDirectors'
  | 'bankName'
  | 'iban'
  | 'bic'
>;

/** The person at the customer the letter is addressed to; only the greeting uses it. */
export interface PrintContactPerson {
  salutation: 'herr' | 'frau' | 'divers' | null;
  title: string | null;
  firstName: string | null;
  lastName: string | null;
}

/** Who at our company looks after this document (the owner): the information block prints it. */
export interface PrintOurContact {
  name: string;
  email: string | null;
  phone: string | null;
}

export interface SalesDocumentPrint {
  kind: SalesDocumentKind;
  language: PrintLanguage;
  /** The number without revision, e.g. `ANG-2026-00042`. */
  number: string;
  /** 1 for the first version; from 2 on the number is printed with it: `ANG-2026-00042-2`. Orders: 1. */
  revision: number;
  /** Quotation date or order date. */
  date: PrintDate;
  /** Quotation only: "gültig bis"; null prints no validity. */
  validUntil: PrintDate | null;
  /** Order only: the agreed delivery date ("Liefertermin"); null prints none. */
  deliveryDate: PrintDate | null;
  /** Order only: the customer's own order reference ("Ihre Bestellung"). */
  customerReference: string | null;
  /** Order only: the number (with revision, as printed) of the quotation it was booked from. */
  quotationNumber: string | null;
  /** The customer's number with us, when the organisation has one. */
  customerNumber: string | null;
  /** ISO 4217 code of every amount, e.g. `EUR`. */
  currency: string;
  company: PrintCompany;
  /**
   * The recipient lines of the address field, at most six, as `formatAddressBlock` of
   * domain/address-block.ts gives them for the document's billing address (with the company's
   * country as `senderCountry` and the document's language).
   */
  recipient: string[];
  /** Greeting "Sehr geehrte Frau Dr. Schneider,"; null greets "Sehr geehrte Damen und Herren,". */
  contactPerson: PrintContactPerson | null;
  ourContact: PrintOurContact | null;
  /** Text between greeting and lines; null prints the kind's standard sentence. */
  introText: string | null;
  /**
   * The lines in print order, validated by `lineItemSchema` (at most MAX_LINES). Position numbers
   * are their order (1, 2, …); nets and totals are computed from them by domain/sales-totals.ts.
   */
  lines: LineItem[];
  /** Terms (delivery, reservation of title, …) after the totals; null prints none. */
  terms: string | null;
  paymentTerms: string | null;
  /** Sentence before "Mit freundlichen Grüßen"; null prints the kind's standard one. */
  closingText: string | null;
}
