import { ACTIVITY } from '@kontor/domain/activities';
import type { LinkableRecordType } from '../../platform/records/record-directory.js';
import { activityVisibleTo } from './repository.js';

/** Entries as documents attach to them: a call's or visit report's attachments (A1, A9). */
export const linkableActivity: LinkableRecordType = {
  type: ACTIVITY.type,
  read: 'activities.read',
  write: 'activities.write',
  async visibleNames(db, principal, ids) {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('activities')
      .select(['id', 'subject'])
      .where('id', 'in', [...ids])
      .where('deleted_at', 'is', null)
      .where(activityVisibleTo(principal))
      .execute();
    return new Map(rows.map((row) => [row.id, row.subject]));
  },
  visibleIds(db, principal) {
    return db
      .selectFrom('activities')
      .select('activities.id as id')
      .where('activities.deleted_at', 'is', null)
      .where(activityVisibleTo(principal));
  },
};
