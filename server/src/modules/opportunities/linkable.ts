import { OPPORTUNITY } from '@kontor/domain/opportunities';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { LinkableRecordType } from '../../platform/records/record-directory.js';

/** Opportunities as activities and documents link to them (their timeline: S2 "full communication history"). */
export const linkableOpportunity: LinkableRecordType = {
  type: OPPORTUNITY.type,
  read: 'opportunities.read',
  write: 'opportunities.write',
  async visibleNames(db, principal, ids) {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('opportunities')
      .select(['id', 'name'])
      .where('id', 'in', [...ids])
      .where(visibleTo(principal, 'opportunities.owner_id'))
      .execute();
    return new Map(rows.map((row) => [row.id, row.name]));
  },
  visibleIds(db, principal) {
    return db.selectFrom('opportunities').select('id').where(visibleTo(principal, 'opportunities.owner_id'));
  },
};
