import { LEAD } from '@kontor/domain/leads';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { LinkableRecordType } from '../../platform/records/record-directory.js';

/** Leads as activities and documents link to them; visible by owner like the lead itself. */
export const linkableLead: LinkableRecordType = {
  type: LEAD.type,
  read: 'leads.read',
  write: 'leads.write',
  async visibleNames(db, principal, ids) {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('leads')
      .select(['id', 'name'])
      .where('id', 'in', [...ids])
      .where(visibleTo(principal, 'leads.owner_id'))
      .execute();
    return new Map(rows.map((row) => [row.id, row.name]));
  },
  visibleIds(db, principal) {
    return db.selectFrom('leads').select('id').where(visibleTo(principal, 'leads.owner_id'));
  },
};
