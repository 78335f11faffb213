import { z } from 'zod';
import { versionSchema } from './records.js';

// The company's own details ("Firmendaten"): one record, printed as the letterhead and footer of
// quotations and order confirmations and giving their default texts. § 35a GmbHG and § 37a HGB
// ask business letters for legal form, seat, register court and number and the managing directors.

/** How long a new quotation stays valid unless the company profile says otherwise. */
export const DEFAULT_QUOTATION_VALIDITY_DAYS = 30;

const text = (max: number) => z.string().trim().max(max).nullable().default(null);

const companyProfileFields = {
  name: z.string().trim().min(1, { message: 'Pflichtfeld' }).max(200),
  /** A second name line: legal form spelt out, a division ("Niederlassung Süd"). */
  nameAddition: text(200),
  street: text(120),
  houseNumber: text(20),
  postalCode: text(12),
  city: text(100),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, { message: 'ISO-Ländercode wie DE' })
    .default('DE'),
  phone: text(40),
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email({ message: 'Keine gültige E-Mail-Adresse' }))
    .nullable()
    .default(null),
  website: text(300),
  /** USt-IdNr.; the server checks its form and check digit (vat-id.ts). */
  vatId: text(20),
  /** Steuernummer of the tax office, free form ("143/123/45678"). */
  taxNumber: text(30),
  /** Registergericht, e.g. "Amtsgericht München". */
  registerCourt: text(120),
  /** Handelsregisternummer, e.g. "HRB 123456". */
  registerNumber: text(40),
  /** Geschäftsführer, as printed: "Anna Müller, Bernd Schmidt". */
  managingDirectors: text(300),
  bankName: text(120),
  /** The server checks the check digits and stores it compact (iban.ts). */
  iban: text(42),
  bic: text(15),
  /** Days from the quotation date to its "gültig bis" date on new quotations. */
  quotationValidityDays: z.number().int().min(1).max(365).default(DEFAULT_QUOTATION_VALIDITY_DAYS),
  /** Default payment terms of new quotations and orders ("Zahlbar innerhalb von 14 Tagen netto"). */
  paymentTerms: text(2000),
  /** Default terms text of new quotations (delivery, reservation of title, ...). */
  quotationTerms: text(4000),
};

/**
 * The whole profile as `PUT /api/company-profile` replaces it: fields left out become empty,
 * and `version` is the one read (optimistic locking: a stale one gets 409).
 */
export const companyProfileInputSchema = z
  .object({ version: versionSchema, ...companyProfileFields })
  .strict();
export type CompanyProfileInput = z.input<typeof companyProfileInputSchema>;

export const companyProfileSchema = z.object({
  /** Empty until an administrator fills in the profile for the first time. */
  name: z.string(),
  nameAddition: z.string().nullable(),
  street: z.string().nullable(),
  houseNumber: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  countryCode: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  vatId: z.string().nullable(),
  taxNumber: z.string().nullable(),
  registerCourt: z.string().nullable(),
  registerNumber: z.string().nullable(),
  managingDirectors: z.string().nullable(),
  bankName: z.string().nullable(),
  iban: z.string().nullable(),
  bic: z.string().nullable(),
  quotationValidityDays: z.number().int(),
  paymentTerms: z.string().nullable(),
  quotationTerms: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
  version: z.number().int(),
});
export type CompanyProfile = z.infer<typeof companyProfileSchema>;
