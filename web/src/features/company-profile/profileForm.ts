import type { CompanyProfile, CompanyProfileInput } from '@kontor/domain/company-profile';
import { checkBic, checkIban, formatIban } from '@kontor/domain/iban';
import { checkVatId } from '@kontor/domain/vat-id';

// The company profile form's values and their way to and from the API, without React.

export const TEXT_FIELDS = [
  'name',
  'nameAddition',
  'street',
  'houseNumber',
  'postalCode',
  'city',
  'countryCode',
  'phone',
  'email',
  'website',
  'vatId',
  'taxNumber',
  'registerCourt',
  'registerNumber',
  'managingDirectors',
  'bankName',
  'iban',
  'bic',
  'paymentTerms',
  'quotationTerms',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** The profile's editable fields as the form holds them: texts and days as typed. */
export type CompanyProfileValues = Record<TextField, string> & { quotationValidityDays: number | string };

export function initialValues(profile: CompanyProfile): CompanyProfileValues {
  const values = Object.fromEntries(TEXT_FIELDS.map((field) => [field, profile[field] ?? ''])) as Record<
    TextField,
    string
  >;
  // Stored compact; shown in groups of four as people read and type it.
  if (profile.iban) values.iban = formatIban(profile.iban);
  return { ...values, quotationValidityDays: profile.quotationValidityDays };
}

/** The request body: empty fields are sent as null, since the profile is replaced as a whole. */
export function toPayload(values: CompanyProfileValues, version: number): CompanyProfileInput {
  const text = (field: TextField) => (values[field].trim() === '' ? null : values[field].trim());
  const texts = Object.fromEntries(TEXT_FIELDS.map((field) => [field, text(field)])) as Record<
    TextField,
    string | null
  >;
  return {
    ...texts,
    version,
    name: values.name.trim(),
    countryCode: values.countryCode.trim().toUpperCase() || 'DE',
    quotationValidityDays: Number(values.quotationValidityDays),
  };
}

/** The fields whose saved values differ between two versions of the profile. */
export function changedFieldsBetween(before: CompanyProfile, after: CompanyProfile): string[] {
  return [...TEXT_FIELDS, 'quotationValidityDays' as const].filter((field) => before[field] !== after[field]);
}

/** The checks of the fields that need more than "required"; the server runs the same ones on save. */
export const numberChecks = {
  vatId: (value: string) => value.trim() === '' || checkVatId(value).ok,
  iban: (value: string) => value.trim() === '' || checkIban(value).ok,
  bic: (value: string) => value.trim() === '' || checkBic(value).ok,
  countryCode: (value: string) => /^[A-Za-z]{2}$/.test(value.trim()),
  quotationValidityDays: (value: number | string) => {
    const days = Number(value);
    return value !== '' && Number.isInteger(days) && days >= 1 && days <= 365;
  },
};
