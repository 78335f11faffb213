import type { Address } from '@kontor/domain/addresses';
import { CHANNELS, type Contact, EMAIL_TYPES, PHONE_TYPES, SALUTATIONS } from '@kontor/domain/contacts';
import { LANGUAGES } from '@kontor/domain/users';
import type { Selectable } from 'kysely';
import type { ContactEmailsTable, ContactPhonesTable, EmploymentsTable } from '../../platform/db/schema.js';
import { decodeSet } from '../../platform/db/sets.js';
import { storedEnum } from '../../platform/db/stored-enum.js';
import type { ContactRow } from './repository.js';

export interface ContactParts {
  emails: Selectable<ContactEmailsTable>[];
  phones: Selectable<ContactPhonesTable>[];
  employments: (Selectable<EmploymentsTable> & { organization_name: string | null })[];
  /** The contact's own addresses, or else its current organisation's. */
  addresses: Address[];
  addressesInherited: boolean;
}

const salutationOf = storedEnum(SALUTATIONS, null);
const languageOf = storedEnum(LANGUAGES, 'de');
const channelOf = storedEnum(CHANNELS, null);
const emailTypeOf = storedEnum(EMAIL_TYPES, 'other');
const phoneTypeOf = storedEnum(PHONE_TYPES, 'other');

export function toContact(row: ContactRow, parts: ContactParts): Contact {
  return {
    id: row.id,
    salutation: salutationOf(row.salutation),
    title: row.title,
    firstName: row.first_name,
    lastName: row.last_name,
    name: row.name,
    language: languageOf(row.language),
    birthday: row.birthday,
    preferredChannel: channelOf(row.preferred_channel),
    doNotContact: row.do_not_contact === 1,
    marketingConsent: row.marketing_consent === 1,
    organizationId: row.organization_id,
    organizationName: row.organization_name,
    position: row.position,
    email: row.primary_email,
    phone: row.primary_phone,
    emails: parts.emails.map((e) => ({
      type: emailTypeOf(e.type),
      address: e.address,
    })),
    phones: parts.phones.map((p) => ({
      type: phoneTypeOf(p.type),
      number: p.number,
    })),
    employments: parts.employments.map((e) => ({
      id: e.id,
      organizationId: e.organization_id,
      organizationName: e.organization_name,
      position: e.position,
      department: e.department,
      startDate: e.start_date,
      endDate: e.end_date,
      isMainContact: e.is_main_contact === 1,
    })),
    addresses: parts.addresses,
    addressesInherited: parts.addressesInherited,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    tags: decodeSet(row.tags),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    version: row.version,
  };
}
