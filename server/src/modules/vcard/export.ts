import { Readable } from 'node:stream';
import type { Contact } from '@kontor/domain/contacts';
import type { Language } from '@kontor/domain/users';
import { vcardVersionQuerySchema } from '@kontor/domain/vcard';
import type { ExtraExportFormat } from '../../platform/lists/export-route.js';
import { contactToVcard } from './contact-to-card.js';
import type { VcardVersion } from './type-params.js';

export const VCARD_CONTENT_TYPE = 'text/vcard; charset=utf-8';

/**
 * The contact list as one .vcf (`format=vcf`): the list's pages become cards as they arrive,
 * so memory stays flat however long the list is.
 */
export const vcardListFormat: ExtraExportFormat<Contact> = {
  contentType: VCARD_CONTENT_TYPE,
  query: vcardVersionQuerySchema,
  write(pages, query, language) {
    return Readable.from(cards(pages, query.version as VcardVersion, language));
  },
};

async function* cards(pages: AsyncIterable<Contact[]>, version: VcardVersion, language: Language) {
  for await (const page of pages) {
    yield page.map((contact) => contactToVcard(contact, version, language)).join('');
  }
}

/** A download name made of the contact's name in plain ASCII letters, e.g. `anna-mueller.vcf`. */
export function vcardFileName(contact: Contact): string {
  const base = contact.name
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'kontakt'}.vcf`;
}
