import type { ADDRESS_TYPES } from '@kontor/domain/addresses';
import type { EMAIL_TYPES, PHONE_TYPES } from '@kontor/domain/contacts';
import type { VCARD_VERSIONS } from '@kontor/domain/vcard';

type EmailType = (typeof EMAIL_TYPES)[number];
type PhoneType = (typeof PHONE_TYPES)[number];
type AddressType = (typeof ADDRESS_TYPES)[number];
export type VcardVersion = (typeof VCARD_VERSIONS)[number];

/**
 * Kontor's e-mail, phone and address types as vCard TYPE values. Lower case is what RFC 6350
 * writes; 3.0 clients compare case-insensitively, so one spelling serves both versions, except
 * that 3.0 marks e-mail as INTERNET and knows the postal/parcel address types that 4.0 dropped
 * (kept there as extension values so a round trip keeps billing and shipping apart).
 */
const EMAIL_OUT: Record<EmailType, string[]> = { work: ['work'], private: ['home'], other: [] };
const PHONE_OUT: Record<PhoneType, string[]> = {
  work: ['work', 'voice'],
  mobile: ['cell'],
  private: ['home', 'voice'],
  fax: ['fax'],
  other: ['voice'],
};
const ADDRESS_OUT: Record<AddressType, string[]> = {
  billing: ['work', 'postal'],
  shipping: ['work', 'parcel'],
  visiting: ['work'],
  private: ['home'],
};

export function emailTypes(type: EmailType, version: VcardVersion): string[] {
  return version === '3.0' ? ['internet', ...EMAIL_OUT[type]] : EMAIL_OUT[type];
}

export function phoneTypes(type: PhoneType): string[] {
  return PHONE_OUT[type];
}

export function addressTypes(type: AddressType): string[] {
  return ADDRESS_OUT[type];
}

/** The TYPE parameter as a lower-case list, whether a client wrote `TYPE=a,b`, `TYPE=a;TYPE=b` or `type=A`. */
export function typeList(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return values.flatMap((v) => String(v).toLowerCase().split(','));
}

export function emailTypeOf(types: string[]): EmailType {
  if (types.includes('work')) return 'work';
  if (types.includes('home')) return 'private';
  return 'other';
}

/** Fax wins over cell over home over work: "home,fax" is a fax line, "work,cell" a mobile. */
export function phoneTypeOf(types: string[]): PhoneType {
  if (types.includes('fax')) return 'fax';
  if (types.includes('cell') || types.includes('iphone')) return 'mobile';
  if (types.includes('home')) return 'private';
  if (types.includes('work')) return 'work';
  return 'other';
}

export function addressTypeOf(types: string[]): AddressType {
  if (types.includes('home')) return 'private';
  if (types.includes('parcel')) return 'shipping';
  if (types.includes('postal')) return 'billing';
  if (types.includes('work')) return 'visiting';
  return 'billing';
}

/** Preferred first: 4.0 writes PREF=1 (lower is more preferred), 3.0 writes TYPE=pref. */
export function preference(types: string[], pref: unknown): number {
  const rank = Number(pref);
  if (Number.isInteger(rank) && rank >= 1 && rank <= 100) return rank;
  return types.includes('pref') ? 1 : 101;
}
