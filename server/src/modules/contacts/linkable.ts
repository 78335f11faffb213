import { CONTACT } from '@kontor/domain/contacts';
import { linkableTable } from '../../platform/records/linkable-table.js';

/** Contacts as activities and documents link to them. */
export const linkableContact = linkableTable({
  type: CONTACT.type,
  table: 'contacts',
  read: 'contacts.read',
  write: 'contacts.write',
});
