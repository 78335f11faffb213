import { ORGANIZATION } from '@kontor/domain/organizations';
import { linkableTable } from '../../platform/records/linkable-table.js';

/** Organisations as activities and documents link to them. */
export const linkableOrganization = linkableTable({
  type: ORGANIZATION.type,
  table: 'organizations',
  read: 'organizations.read',
  write: 'organizations.write',
});
