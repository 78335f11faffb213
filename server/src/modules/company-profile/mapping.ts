import type { CompanyProfile, companyProfileInputSchema } from '@kontor/domain/company-profile';
import type { Selectable, Updateable } from 'kysely';
import type { z } from 'zod';
import type { CompanyProfileTable } from '../../platform/db/schema.js';

type Input = z.output<typeof companyProfileInputSchema>;

export function toCompanyProfile(row: Selectable<CompanyProfileTable>): CompanyProfile {
  return {
    name: row.name,
    nameAddition: row.name_addition,
    street: row.street,
    houseNumber: row.house_number,
    postalCode: row.postal_code,
    city: row.city,
    countryCode: row.country_code,
    phone: row.phone,
    email: row.email,
    website: row.website,
    vatId: row.vat_id,
    taxNumber: row.tax_number,
    registerCourt: row.register_court,
    registerNumber: row.register_number,
    managingDirectors: row.managing_directors,
    bankName: row.bank_name,
    iban: row.iban,
    bic: row.bic,
    quotationValidityDays: row.quotation_validity_days,
    paymentTerms: row.payment_terms,
    quotationTerms: row.quotation_terms,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    version: row.version,
  };
}

// An empty text field is no value: stored as null, so the letterhead leaves it out.
const blank = (value: string | null) => (value === '' ? null : value);

/** The columns a checked input replaces; vatId, iban and bic come already normalised. */
export function toColumns(input: Input): Updateable<CompanyProfileTable> {
  return {
    name: input.name,
    name_addition: blank(input.nameAddition),
    street: blank(input.street),
    house_number: blank(input.houseNumber),
    postal_code: blank(input.postalCode),
    city: blank(input.city),
    country_code: input.countryCode,
    phone: blank(input.phone),
    email: input.email,
    website: blank(input.website),
    vat_id: blank(input.vatId),
    tax_number: blank(input.taxNumber),
    register_court: blank(input.registerCourt),
    register_number: blank(input.registerNumber),
    managing_directors: blank(input.managingDirectors),
    bank_name: blank(input.bankName),
    iban: blank(input.iban),
    bic: blank(input.bic),
    quotation_validity_days: input.quotationValidityDays,
    payment_terms: blank(input.paymentTerms),
    quotation_terms: blank(input.quotationTerms),
  };
}
