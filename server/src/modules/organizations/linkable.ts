import { ORGANIZATION } from '@kontor/domain/organizations';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { LinkableRecordType } from '../../platform/records/record-directory.js';
import { OrganizationRepository } from './repository.js';

/** Organisations as activities and documents link to them. */
export const linkableOrganization: LinkableRecordType = {
  type: ORGANIZATION.type,
  read: 'organizations.read',
  write: 'organizations.write',
  async visibleNames(db, principal, ids) {
    if (ids.length === 0) return new Map();
    const rows = await new OrganizationRepository(db)
      .visible(principal)
      .where('organizations.id', 'in', [...ids])
      .execute();
    return new Map(rows.map((row) => [row.id, row.name]));
  },
  visibleIds(db, principal) {
    return db
      .selectFrom('organizations')
      .select('organizations.id as id')
      .where(visibleTo(principal, 'organizations.owner_id'));
  },
};
