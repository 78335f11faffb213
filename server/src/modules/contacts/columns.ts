import { CONTACT } from '@kontor/domain/contacts';
import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { sql } from 'kysely';
import type { ListColumns } from '../../platform/lists/columns.js';

function field(key: string): FieldDef {
  const found = fieldOf(CONTACT, key);
  if (!found) throw new Error(`contact field ${key} is not declared`);
  return found;
}

/** Where each declared contact field lives in SQL (joins as in ContactRepository.visible). */
export const CONTACT_COLUMNS: ListColumns = {
  name: { field: field('name'), column: 'contacts.name', keyColumn: 'contacts.name_key', notNull: true },
  firstName: { field: field('firstName'), column: 'contacts.first_name' },
  lastName: { field: field('lastName'), column: 'contacts.last_name', notNull: true },
  organizationName: {
    field: field('organizationName'),
    column: 'employer.name',
    keyColumn: 'employer.name_key',
  },
  position: { field: field('position'), column: 'current.position' },
  email: { field: field('email'), column: 'contacts.primary_email' },
  phone: { field: field('phone'), column: 'contacts.primary_phone' },
  // A contact without an address of its own shows its organisation's city (M3).
  city: {
    field: field('city'),
    column: 'contacts.city',
    keyColumn: 'contacts.city_key',
    notNull: true,
    expression: sql`coalesce(${sql.ref('contacts.city')}, ${sql.ref('employer.city')})`,
  },
  birthday: { field: field('birthday'), column: 'contacts.birthday' },
  language: { field: field('language'), column: 'contacts.language' },
  preferredChannel: { field: field('preferredChannel'), column: 'contacts.preferred_channel' },
  doNotContact: { field: field('doNotContact'), column: 'contacts.do_not_contact' },
  marketingConsent: { field: field('marketingConsent'), column: 'contacts.marketing_consent' },
  ownerName: { field: field('ownerName'), column: 'owner.name' },
  tags: { field: field('tags'), column: 'contacts.tags' },
  createdAt: { field: field('createdAt'), column: 'contacts.created_at', notNull: true },
  updatedAt: { field: field('updatedAt'), column: 'contacts.updated_at', notNull: true },
};
