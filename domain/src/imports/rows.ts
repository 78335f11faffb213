import type { z } from 'zod';
import { CONTACT, createContactSchema, SALUTATIONS } from '../contacts.js';
import type { EnumOption } from '../fields.js';
import { normalizeEmail, normalizePhone } from '../normalize.js';
import { COMPANY_SIZES, createOrganizationSchema, ORGANIZATION } from '../organizations.js';
import { checkVatId } from '../vat-id.js';
import type { ImportType, Mapping } from './fields.js';
import type { RowError, RowErrorCode } from './messages.js';
import {
  readBoolean,
  readChoice,
  readDate,
  readList,
  readNumber,
  splitFullName,
  splitStreet,
} from './values.js';

export type ContactInput = z.output<typeof createContactSchema>;
export type OrganizationInput = z.output<typeof createOrganizationSchema>;

/** Values that need the database to resolve: the employer by name and the owner by e-mail or name. */
export interface RowRefs {
  organization: string | null;
  position: string | null;
  department: string | null;
  owner: string | null;
}

export type ConvertedRow =
  | { type: 'contact'; input: ContactInput | null; refs: RowRefs; errors: RowError[] }
  | { type: 'organization'; input: OrganizationInput | null; refs: RowRefs; errors: RowError[] };

const COUNTRIES: Record<string, string> = {
  deutschland: 'DE',
  germany: 'DE',
  österreich: 'AT',
  oesterreich: 'AT',
  austria: 'AT',
  schweiz: 'CH',
  switzerland: 'CH',
  niederlande: 'NL',
  netherlands: 'NL',
  frankreich: 'FR',
  france: 'FR',
  italien: 'IT',
  italy: 'IT',
  luxemburg: 'LU',
  luxembourg: 'LU',
  belgien: 'BE',
  belgium: 'BE',
  polen: 'PL',
  poland: 'PL',
  dänemark: 'DK',
  denmark: 'DK',
  'vereinigtes königreich': 'GB',
  'united kingdom': 'GB',
  usa: 'US',
};

const SALUTATION_NAMES: Record<(typeof SALUTATIONS)[number], string[]> = {
  herr: ['Hr.', 'Mr', 'Mr.', 'm', 'männlich', 'male'],
  frau: ['Fr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'w', 'weiblich', 'female'],
  divers: ['d', 'Mx', 'Mx.', 'diverse'],
};

/** Options of a record field, chosen by value or by their German or English label. */
function optionsOf(options: readonly EnumOption[] | undefined) {
  return (options ?? []).map((o) => ({ value: o.value, names: [o.label.de, o.label.en] }));
}
const fieldOptions = (record: typeof CONTACT, key: string) =>
  optionsOf(record.fields.find((field) => field.key === key)?.options);

/**
 * One import row as it would be saved: cells read by the mapping into the create input of the
 * record type, checked by the same schema the forms use. Every problem is reported with its
 * column; a row with errors has `input: null`.
 */
export function convertRow(type: ImportType, mapping: Mapping, cells: readonly string[]): ConvertedRow {
  const row = new RowReader(mapping, cells);
  return type === 'contact' ? convertContact(row) : convertOrganization(row);
}

class RowReader {
  readonly errors: RowError[] = [];
  constructor(
    private readonly mapping: Mapping,
    private readonly cells: readonly string[],
  ) {}

  /** The trimmed text of the column mapped to the field, or null when unmapped or empty. */
  text(field: string): string | null {
    const column = this.mapping.indexOf(field);
    const value = column < 0 ? '' : (this.cells[column] ?? '').trim();
    return value === '' ? null : value;
  }

  column(field: string): number | null {
    const column = this.mapping.indexOf(field);
    return column < 0 ? null : column;
  }

  fail(field: string, code: RowErrorCode): undefined {
    if (!this.errors.some((error) => error.field === field))
      this.errors.push({ column: this.column(field), field, code });
    return undefined;
  }

  /** Reads a mapped cell with `read`; an unreadable value is reported under `code`. */
  value<T>(field: string, read: (text: string) => T | undefined, code: RowErrorCode): T | null | undefined {
    const text = this.text(field);
    if (text === null) return null;
    const value = read(text);
    return value === undefined ? this.fail(field, code) : value;
  }

  address() {
    const street = this.text('street');
    const split = street && !this.text('houseNumber') ? splitStreet(street) : null;
    const countryText = this.text('countryCode');
    const country = countryText ? readCountry(countryText) : 'DE';
    if (country === undefined) this.fail('countryCode', 'invalid-country');
    const postalCode = this.text('postalCode');
    const parts = {
      street: split ? split.street : street,
      houseNumber: split ? split.houseNumber : this.text('houseNumber'),
      addressLine2: this.text('addressLine2'),
      postalCode:
        // Spreadsheets turn "01067" (Dresden) into the number 1067.
        postalCode && country === 'DE' && /^\d{4}$/.test(postalCode) ? `0${postalCode}` : postalCode,
      city: this.text('city'),
    };
    if (!Object.values(parts).some(Boolean)) return [];
    return [{ type: 'billing' as const, ...parts, poBox: null, countryCode: country ?? 'DE' }];
  }

  tags(): string[] {
    return readList(this.text('tags') ?? '');
  }

  /** Maps the schema's complaints back to the import fields and columns they came from. */
  schemaErrors(issues: readonly z.core.$ZodIssue[], fieldOf: (path: PropertyKey[]) => string): void {
    for (const issue of issues) this.fail(fieldOf(issue.path), codeOf(issue));
  }
}

function readCountry(text: string): string | undefined {
  if (/^[a-z]{2}$/i.test(text)) return text.toUpperCase();
  return COUNTRIES[text.toLowerCase()];
}

function codeOf(issue: z.core.$ZodIssue): RowErrorCode {
  if (issue.code === 'too_small') return issue.origin === 'string' ? 'required' : 'out-of-range';
  if (issue.code === 'too_big') return issue.origin === 'string' ? 'too-long' : 'out-of-range';
  if (issue.code === 'invalid_value') return 'invalid-choice';
  return 'invalid';
}

const ADDRESS_KEYS = new Set(['street', 'houseNumber', 'addressLine2', 'postalCode', 'city', 'countryCode']);

function addressField(path: PropertyKey[]): string | undefined {
  const key = String(path[2]);
  return path[0] === 'addresses' && ADDRESS_KEYS.has(key) ? key : undefined;
}

function convertContact(row: RowReader): ConvertedRow {
  let firstName = row.text('firstName');
  let lastName = row.text('lastName');
  const fullName = row.text('fullName');
  if (!lastName && fullName)
    ({ firstName, lastName } = { ...splitFullName(fullName), ...(firstName ? { firstName } : {}) });
  if (!lastName)
    row.fail(
      row.column('lastName') === null && row.column('fullName') !== null ? 'fullName' : 'lastName',
      'required',
    );
  const email = row.value('email', normalizeEmailText, 'invalid-email');
  const phones = (['phone', 'mobile'] as const).flatMap((field) => {
    const number = row.value(field, (text) => (normalizePhone(text) ? text : undefined), 'invalid-phone');
    return number ? [{ type: field === 'mobile' ? ('mobile' as const) : ('work' as const), number }] : [];
  });
  const candidate = {
    salutation: row.value(
      'salutation',
      (text) =>
        readChoice(
          text,
          SALUTATIONS.map((value) => ({ value, names: [value, ...SALUTATION_NAMES[value]] })),
        ),
      'invalid-choice',
    ),
    title: row.text('title'),
    firstName,
    lastName: lastName ?? '',
    language:
      row.value(
        'language',
        (text) =>
          readChoice(text, [
            { value: 'de' as const, names: ['Deutsch', 'German'] },
            { value: 'en' as const, names: ['Englisch', 'English'] },
          ]),
        'invalid-choice',
      ) ?? undefined,
    birthday: row.value('birthday', readDate, 'invalid-date'),
    preferredChannel: row.value(
      'preferredChannel',
      (text) => readChoice(text, fieldOptions(CONTACT, 'preferredChannel')),
      'invalid-choice',
    ),
    doNotContact: row.value('doNotContact', readBoolean, 'invalid-boolean') ?? false,
    marketingConsent: row.value('marketingConsent', readBoolean, 'invalid-boolean') ?? false,
    tags: row.tags(),
    emails: email ? [{ type: 'work' as const, address: email }] : [],
    phones,
    addresses: row.address(),
  };
  const refs = refsOf(row);
  const parsed = createContactSchema.safeParse(candidate);
  if (!parsed.success) {
    const phoneFields = phones.map((phone) => (phone.type === 'mobile' ? 'mobile' : 'phone'));
    row.schemaErrors(parsed.error.issues, (path) => {
      if (path[0] === 'emails') return 'email';
      if (path[0] === 'phones') return phoneFields[Number(path[1])] ?? 'phone';
      if (path[0] === 'lastName' && row.column('lastName') === null) return 'fullName';
      return addressField(path) ?? String(path[0]);
    });
  }
  for (const [field, value] of [
    ['position', refs.position],
    ['department', refs.department],
  ] as const) {
    if (value && value.length > 120) row.fail(field, 'too-long');
  }
  const ok = parsed.success && row.errors.length === 0;
  return { type: 'contact', input: ok ? parsed.data : null, refs, errors: row.errors };
}

function convertOrganization(row: RowReader): ConvertedRow {
  const vatText = row.text('vatId');
  const vat = vatText ? checkVatId(vatText) : null;
  if (vat && !vat.ok) row.fail('vatId', 'invalid-vat-id');
  const creditLimit = row.value('creditLimit', readNumber, 'invalid-number');
  const relationships = readList(row.text('relationships') ?? '').map((text) =>
    readChoice(text, fieldOptions(ORGANIZATION, 'relationships')),
  );
  if (relationships.includes(undefined)) row.fail('relationships', 'invalid-choice');
  const candidate = {
    name: row.text('name') ?? '',
    kind:
      row.value(
        'kind',
        (text) =>
          readChoice(text, [
            { value: 'company' as const, names: ['Firma', 'Company', 'Unternehmen'] },
            { value: 'household' as const, names: ['Privathaushalt', 'Household', 'Privat', 'Private'] },
          ]),
        'invalid-choice',
      ) ?? undefined,
    relationships: relationships.filter((value): value is string => value !== undefined),
    industry: row.text('industry'),
    abcClass: row.value(
      'abcClass',
      (text) =>
        readChoice(
          text,
          ['A', 'B', 'C'].map((value) => ({ value, names: [] })),
        ),
      'invalid-choice',
    ),
    size: row.value(
      'size',
      (text) =>
        readChoice(text, [
          ...optionsOf(ORGANIZATION.fields.find((fd) => fd.key === 'size')?.options),
          ...COMPANY_SIZES.map((value) => ({ value, names: [] })),
        ]),
      'invalid-choice',
    ),
    website: row.text('website'),
    vatId: vat?.ok ? vat.normalized : null,
    paymentTermsDays: row.value('paymentTermsDays', readNumber, 'invalid-number'),
    creditLimitCents: typeof creditLimit === 'number' ? Math.round(creditLimit * 100) : null,
    tags: row.tags(),
    addresses: row.address(),
  };
  const parsed = createOrganizationSchema.safeParse(candidate);
  if (!parsed.success) {
    row.schemaErrors(parsed.error.issues, (path) => {
      if (path[0] === 'creditLimitCents') return 'creditLimit';
      return addressField(path) ?? String(path[0]);
    });
  }
  const ok = parsed.success && row.errors.length === 0;
  return { type: 'organization', input: ok ? parsed.data : null, refs: refsOf(row), errors: row.errors };
}

function refsOf(row: RowReader): RowRefs {
  return {
    organization: row.text('organization'),
    position: row.text('position'),
    department: row.text('department'),
    owner: row.text('owner'),
  };
}

function normalizeEmailText(text: string): string | undefined {
  return normalizeEmail(text) ? text.trim() : undefined;
}
