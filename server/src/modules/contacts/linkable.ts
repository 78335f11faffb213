import { CONTACT } from '@kontor/domain/contacts';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { LinkableRecordType } from '../../platform/records/record-directory.js';
import { ContactRepository } from './repository.js';

/** Contacts as activities and documents link to them. */
export const linkableContact: LinkableRecordType = {
  type: CONTACT.type,
  read: 'contacts.read',
  write: 'contacts.write',
  async visibleNames(db, principal, ids) {
    if (ids.length === 0) return new Map();
    const rows = await new ContactRepository(db)
      .visible(principal)
      .where('contacts.id', 'in', [...ids])
      .execute();
    return new Map(rows.map((row) => [row.id, row.name]));
  },
  visibleIds(db, principal) {
    return db
      .selectFrom('contacts')
      .select('contacts.id as id')
      .where(visibleTo(principal, 'contacts.owner_id'));
  },
};
