import { CHANNELS, type Contact, EMAIL_TYPES, PHONE_TYPES, SALUTATIONS } from '@kontor/domain/contacts';
import { LANGUAGES } from '@kontor/domain/users';
import type { Selectable } from 'kysely';
import { parseJsonArray } from '../../platform/db/dialect/json.js';
import type { EmploymentsTable } from '../../platform/db/schema.js';
import { decodeSet } from '../../platform/db/sets.js';
import { storedEnum } from '../../platform/db/stored-enum.js';
import { addressService } from '../addresses/service.js';
import type { WholeContactRow } from './repository.js';

interface EmailJson {
  type: string;
  address: string;
  position: number;
}
interface PhoneJson {
  type: string;
  number: string;
  position: number;
}
type EmploymentJson = Omit<Selectable<EmploymentsTable>, 'contact_id'> & { organization_name: string | null };

const byPosition = (a: { position: number }, b: { position: number }) => a.position - b.position;

/** Newest first; one without a start date last; ties in id order. */
function byStartDescending(a: EmploymentJson, b: EmploymentJson): number {
  if (a.start_date !== b.start_date) {
    if (a.start_date === null) return 1;
    if (b.start_date === null) return -1;
    return a.start_date < b.start_date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const salutationOf = storedEnum(SALUTATIONS, null);
const languageOf = storedEnum(LANGUAGES, 'de');
const channelOf = storedEnum(CHANNELS, null);
const emailTypeOf = storedEnum(EMAIL_TYPES, 'other');
const phoneTypeOf = storedEnum(PHONE_TYPES, 'other');

export function toContact(row: WholeContactRow): Contact {
  const own = addressService.fromJson(row.own_addresses_json);
  // A contact without an address of its own shows its organisation's (M3).
  const inherited = own.length === 0 ? addressService.fromJson(row.employer_addresses_json) : [];
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
    emails: parseJsonArray<EmailJson>(row.emails_json)
      .sort(byPosition)
      .map((e) => ({
        type: emailTypeOf(e.type),
        address: e.address,
      })),
    phones: parseJsonArray<PhoneJson>(row.phones_json)
      .sort(byPosition)
      .map((p) => ({
        type: phoneTypeOf(p.type),
        number: p.number,
      })),
    employments: parseJsonArray<EmploymentJson>(row.employments_json)
      .sort(byStartDescending)
      .map((e) => ({
        id: e.id,
        organizationId: e.organization_id,
        organizationName: e.organization_name,
        position: e.position,
        department: e.department,
        startDate: e.start_date,
        endDate: e.end_date,
        isMainContact: e.is_main_contact === 1,
      })),
    addresses: own.length > 0 ? own : inherited,
    addressesInherited: inherited.length > 0,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    tags: decodeSet(row.tags),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    version: row.version,
  };
}
