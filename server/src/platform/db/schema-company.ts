import type { Generated } from 'kysely';

// The company's own details (migration 0016).

/** The single row (id 'company') of the letterhead and the defaults of new quotations. */
export interface CompanyProfileTable {
  id: string;
  name: Generated<string>;
  name_addition: string | null;
  street: string | null;
  house_number: string | null;
  postal_code: string | null;
  city: string | null;
  country_code: Generated<string>;
  phone: string | null;
  email: string | null;
  website: string | null;
  vat_id: string | null;
  tax_number: string | null;
  register_court: string | null;
  register_number: string | null;
  managing_directors: string | null;
  bank_name: string | null;
  /** Compact, without spaces. */
  iban: string | null;
  bic: string | null;
  quotation_validity_days: Generated<number>;
  payment_terms: string | null;
  quotation_terms: string | null;
  updated_at: string;
  updated_by: string | null;
  version: Generated<number>;
}
