import { z } from 'zod';
import type { Label } from '../fields.js';

export const IMPORT_TYPES = ['organization', 'contact'] as const;
export const importTypeSchema = z.enum(IMPORT_TYPES);
export type ImportType = z.infer<typeof importTypeSchema>;

/** A field a column can be imported into, with the header names (de/en) that suggest it. */
export interface ImportField {
  key: string;
  label: Label;
  synonyms: readonly string[];
  required?: boolean;
}

const f = (key: string, de: string, en: string, synonyms: string[], required = false): ImportField => ({
  key,
  label: { de, en },
  synonyms: [de, en, key, ...synonyms],
  required,
});

const ADDRESS_FIELDS: ImportField[] = [
  f('street', 'Straße', 'Street', ['Strasse', 'Str.', 'Anschrift', 'Adresse', 'Address', 'Street address']),
  f('houseNumber', 'Hausnummer', 'House number', ['Hausnr.', 'Hausnr', 'Nr.', 'Number']),
  f('addressLine2', 'Adresszusatz', 'Address line 2', ['Zusatz', 'Address 2']),
  f('postalCode', 'PLZ', 'Postcode', ['Postleitzahl', 'Zip', 'Zip code', 'Postal code', 'ZIP/Postal code']),
  f('city', 'Ort', 'City', ['Stadt', 'Wohnort', 'Town', 'Gemeinde']),
  f('countryCode', 'Land', 'Country', ['Ländercode', 'Country code', 'Staat']),
];

const COMMON_FIELDS: ImportField[] = [
  f('tags', 'Schlagwörter', 'Tags', ['Schlagworte', 'Tag', 'Stichwörter', 'Labels', 'Kategorien']),
  f('owner', 'Betreuer', 'Account manager', ['Owner', 'Zuständig', 'Verantwortlich', 'Besitzer']),
];

export const IMPORT_FIELDS: Record<ImportType, readonly ImportField[]> = {
  organization: [
    f(
      'name',
      'Name',
      'Name',
      ['Firma', 'Firmenname', 'Company', 'Company name', 'Organisation', 'Organization', 'Unternehmen'],
      true,
    ),
    f('kind', 'Art', 'Kind', ['Typ', 'Type']),
    f('relationships', 'Beziehung', 'Relationship', ['Beziehungen', 'Relationships', 'Status']),
    f('industry', 'Branche', 'Industry', ['Sector', 'Wirtschaftszweig']),
    f('abcClass', 'ABC-Klasse', 'ABC class', ['ABC', 'Klasse']),
    f('size', 'Größe', 'Size', ['Mitarbeiter', 'Employees', 'Beschäftigte', 'Unternehmensgröße']),
    f('website', 'Website', 'Website', ['Webseite', 'Homepage', 'Internet', 'URL', 'Web']),
    f('vatId', 'USt-IdNr.', 'VAT ID', ['USt-ID', 'UStID', 'Umsatzsteuer-ID', 'VAT', 'VAT number']),
    f('paymentTermsDays', 'Zahlungsziel', 'Payment terms', ['Zahlungsziel (Tage)', 'Payment terms (days)']),
    f('creditLimit', 'Kreditlimit', 'Credit limit', ['Kreditrahmen']),
    ...COMMON_FIELDS,
    ...ADDRESS_FIELDS,
  ],
  contact: [
    f('salutation', 'Anrede', 'Salutation', ['Geschlecht', 'Gender']),
    f('title', 'Titel', 'Title', ['Akad. Titel']),
    f('firstName', 'Vorname', 'First name', ['Given name', 'Firstname', 'Forename']),
    f('lastName', 'Nachname', 'Last name', ['Familienname', 'Surname', 'Family name', 'Lastname', 'Zuname']),
    f('fullName', 'Name', 'Name', ['Vollständiger Name', 'Full name', 'Kontakt', 'Contact', 'Person']),
    f('email', 'E-Mail', 'E-mail', ['Email', 'Mail', 'E-Mail-Adresse', 'Email address']),
    f('phone', 'Telefon', 'Phone', ['Tel.', 'Tel', 'Telefonnummer', 'Phone number', 'Festnetz']),
    f('mobile', 'Mobil', 'Mobile', ['Handy', 'Mobiltelefon', 'Mobilnummer', 'Cell', 'Mobile phone']),
    f('birthday', 'Geburtstag', 'Birthday', ['Geburtsdatum', 'Date of birth', 'Birthdate']),
    f('language', 'Sprache', 'Language', ['Korrespondenzsprache']),
    f('preferredChannel', 'Bevorzugter Kanal', 'Preferred channel', ['Kanal', 'Channel']),
    f('doNotContact', 'Nicht kontaktieren', 'Do not contact', ['Sperre', 'Kontaktsperre']),
    f('marketingConsent', 'Werbeeinwilligung', 'Marketing consent', ['Newsletter', 'Einwilligung', 'Opt-in']),
    f('organization', 'Organisation', 'Organisation', [
      'Firma',
      'Firmenname',
      'Unternehmen',
      'Company',
      'Company name',
      'Organization',
      'Arbeitgeber',
      'Employer',
    ]),
    f('position', 'Position', 'Position', ['Funktion', 'Job title', 'Stellung', 'Rolle', 'Role']),
    f('department', 'Abteilung', 'Department', ['Bereich']),
    ...COMMON_FIELDS,
    ...ADDRESS_FIELDS,
  ],
};

/** Header text reduced to what identifies it: lower case, umlauts spelled out, letters and digits only. */
export function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

/** Which column goes into which field: one entry per column, `null` for "do not import". */
export type Mapping = (string | null)[];

/**
 * A suggested mapping of the file's headers: an exact synonym match first, then a header that
 * starts with a synonym ("E-Mail (geschäftlich)"). Each field is taken by at most one column.
 */
export function suggestMapping(type: ImportType, headers: readonly string[]): Mapping {
  const fields = IMPORT_FIELDS[type];
  const normalized = headers.map(normalizeHeader);
  const mapping: Mapping = headers.map(() => null);
  const taken = new Set<string>();
  const assign = (matches: (header: string, synonym: string) => boolean) => {
    normalized.forEach((header, column) => {
      if (mapping[column] || !header) return;
      const field = fields.find(
        (candidate) =>
          !taken.has(candidate.key) &&
          candidate.synonyms.some((synonym) => matches(header, normalizeHeader(synonym))),
      );
      if (field) {
        mapping[column] = field.key;
        taken.add(field.key);
      }
    });
  };
  assign((header, synonym) => header === synonym);
  assign((header, synonym) => synonym.length >= 4 && header.startsWith(synonym));
  return mapping;
}
