import type { Address } from '@kontor/domain/addresses';
import type { Contact } from '@kontor/domain/contacts';
import type { Language } from '@kontor/domain/users';
import ICAL from 'ical.js';
import { countryName } from './countries.js';
import { salutationWord } from './names.js';
import { addressTypes, emailTypes, phoneTypes, type VcardVersion } from './type-params.js';

type JCalProperty = [string, Record<string, string | string[]>, string, ...unknown[]];

/**
 * One contact as a vCard text (RFC 6350 for 4.0, RFC 2426 for 3.0). The card is built as jCard
 * and written by ical.js, which escapes `,;\` and newlines, folds long lines and ends every line,
 * the last too, with CRLF, so cards can simply be concatenated into one .vcf.
 */
export function contactToVcard(contact: Contact, version: VcardVersion, language: Language): string {
  return ICAL.stringify(['vcard', cardProperties(contact, version, language), []]);
}

function cardProperties(contact: Contact, version: VcardVersion, language: Language): JCalProperty[] {
  const v4 = version === '4.0';
  const properties: JCalProperty[] = [
    ['version', {}, 'text', version],
    // The Kontor id, so that importing the card again updates this contact instead of adding one.
    ['uid', {}, v4 ? 'uri' : 'text', `urn:uuid:${contact.id}`],
    ['fn', {}, 'text', contact.name],
    [
      'n',
      {},
      'text',
      [contact.lastName, contact.firstName ?? '', '', honorificPrefix(contact, language), ''],
    ],
  ];
  const employment = contact.employments.find(
    (e) => e.organizationId === contact.organizationId && !e.endDate,
  );
  if (contact.organizationName) {
    const units = employment?.department ? [employment.department] : [];
    properties.push(['org', {}, 'text', [contact.organizationName, ...units]]);
  }
  if (contact.position) properties.push(['title', {}, 'text', contact.position]);
  contact.emails.forEach((email, index) => {
    properties.push(['email', typed(emailTypes(email.type, version), index, v4), 'text', email.address]);
  });
  contact.phones.forEach((phone, index) => {
    properties.push([
      'tel',
      typed(phoneTypes(phone.type), index, v4),
      v4 ? 'text' : 'phone-number',
      phone.number,
    ]);
  });
  // Inherited addresses belong to the organisation; a card carries only the person's own.
  if (!contact.addressesInherited) {
    for (const address of contact.addresses) {
      properties.push(['adr', { type: addressTypes(address.type) }, 'text', adrValue(address, language)]);
    }
  }
  if (contact.birthday) properties.push(['bday', {}, 'date', contact.birthday]);
  properties.push(['lang', {}, v4 ? 'language-tag' : 'unknown', contact.language]);
  // GENDER is 4.0; 3.0 readers skip the unknown property, and it keeps "divers" on a round trip.
  if (contact.salutation)
    properties.push(['gender', {}, v4 ? 'text' : 'unknown', GENDER[contact.salutation]]);
  if (contact.tags.length > 0) properties.push(['categories', {}, 'text', ...contact.tags]);
  properties.push(['rev', {}, v4 ? 'timestamp' : 'date-time', contact.updatedAt.replace(/\.\d+Z$/, 'Z')]);
  return properties;
}

const GENDER = { herr: 'M', frau: 'F', divers: 'O' } as const;

/** "Frau Dr.": the salutation word in the contact's language, then the academic title. */
function honorificPrefix(contact: Contact, language: Language): string {
  const word = contact.salutation ? salutationWord(contact.salutation, language) : null;
  return [word, contact.title].filter(Boolean).join(' ');
}

/** The first entry is the preferred one: 4.0 says PREF=1, 3.0 adds TYPE=pref. */
function typed(types: string[], index: number, v4: boolean): Record<string, string | string[]> {
  if (index > 0) return types.length > 0 ? { type: types } : {};
  if (v4) return types.length > 0 ? { type: types, pref: '1' } : { pref: '1' };
  return { type: [...types, 'pref'] };
}

/** ADR: post office box; extended address; street; locality; region; postal code; country. */
function adrValue(address: Address, language: Language): string[] {
  const street = [address.street, address.houseNumber].filter(Boolean).join(' ');
  return [
    address.poBox ?? '',
    address.addressLine2 ?? '',
    street,
    address.city ?? '',
    '',
    address.postalCode ?? '',
    countryName(address.countryCode, language),
  ];
}
