import type { Address } from '../addresses.js';
import type { Contact } from '../contacts.js';
import type { Organization } from '../organizations.js';
import type { Mapping } from './fields.js';
import type { ContactInput, OrganizationInput } from './rows.js';

/** The fields whose column holds a value in this row: only these change an existing record. */
export function presentFields(mapping: Mapping, cells: readonly string[]): Set<string> {
  return new Set(mapping.flatMap((field, column) => (field && (cells[column] ?? '').trim() ? [field] : [])));
}

const ADDRESS_FIELDS = ['street', 'houseNumber', 'addressLine2', 'postalCode', 'city', 'countryCode'];

function copy(target: Record<string, unknown>, source: object, present: Set<string>, keys: string[]) {
  for (const key of keys) if (present.has(key)) target[key] = (source as Record<string, unknown>)[key];
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** The file's address replaces the first own address; the others stay. */
function addressesOf(existing: Address[], incoming: OrganizationInput['addresses'], inherited = false) {
  const own = inherited ? [] : existing.map(({ id: _id, ...address }) => address);
  return [...incoming, ...own.slice(incoming.length > 0 ? 1 : 0)].slice(0, 10);
}

/**
 * How an import row updates a duplicate contact it matched (duplicate policy "update"): mapped
 * values overwrite, e-mails, phones, tags and employments are added to what is there, nothing
 * the file leaves empty is cleared.
 */
export function contactChanges(
  existing: Contact,
  input: ContactInput,
  present: Set<string>,
  refs: { ownerId?: string; organizationId?: string; position: string | null; department: string | null },
): Record<string, unknown> & { version: number } {
  const change: Record<string, unknown> & { version: number } = { version: existing.version };
  if (present.has('fullName'))
    Object.assign(change, { firstName: input.firstName, lastName: input.lastName });
  copy(change, input, present, [
    'firstName',
    'lastName',
    'salutation',
    'title',
    'birthday',
    'language',
    'preferredChannel',
    'doNotContact',
    'marketingConsent',
  ]);
  if (present.has('tags')) change.tags = union(existing.tags, input.tags);
  const newEmails = input.emails.filter(
    (email) => !existing.emails.some((e) => e.address.toLowerCase() === email.address.toLowerCase()),
  );
  if (newEmails.length > 0) change.emails = [...existing.emails, ...newEmails].slice(0, 10);
  const newPhones = input.phones.filter((phone) => !existing.phones.some((p) => p.number === phone.number));
  if (newPhones.length > 0) change.phones = [...existing.phones, ...newPhones].slice(0, 10);
  if (ADDRESS_FIELDS.some((field) => present.has(field)))
    change.addresses = addressesOf(existing.addresses, input.addresses, existing.addressesInherited);
  const employed = existing.employments.some((e) => e.organizationId === refs.organizationId && !e.endDate);
  if (refs.organizationId && !employed) {
    change.employments = [
      ...existing.employments.map(({ id: _id, organizationName: _name, ...employment }) => employment),
      {
        organizationId: refs.organizationId,
        position: refs.position,
        department: refs.department,
        startDate: null,
        endDate: null,
        isMainContact: false,
      },
    ].slice(-30);
  }
  if (refs.ownerId) change.ownerId = refs.ownerId;
  return change;
}

/** How an import row updates a duplicate organisation it matched; the same rules as for contacts. */
export function organizationChanges(
  existing: Organization,
  input: OrganizationInput,
  present: Set<string>,
  refs: { ownerId?: string },
): Record<string, unknown> & { version: number } {
  const change: Record<string, unknown> & { version: number } = { version: existing.version };
  copy(change, input, present, [
    'name',
    'kind',
    'industry',
    'abcClass',
    'size',
    'website',
    'vatId',
    'paymentTermsDays',
  ]);
  if (present.has('creditLimit')) change.creditLimitCents = input.creditLimitCents;
  if (present.has('relationships')) change.relationships = union(existing.relationships, input.relationships);
  if (present.has('tags')) change.tags = union(existing.tags, input.tags);
  if (ADDRESS_FIELDS.some((field) => present.has(field)))
    change.addresses = addressesOf(existing.addresses, input.addresses);
  if (refs.ownerId) change.ownerId = refs.ownerId;
  return change;
}
