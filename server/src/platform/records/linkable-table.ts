import type { Permission } from '@kontor/domain/permissions';
import { visibleTo } from '../auth/visibility.js';
import type { LinkableRecordType } from './record-directory.js';

/**
 * A record type kept in one table with `id`, `name` and `owner_id`, whose visibility is its
 * owner's (organisations, contacts): its entry in the record directory.
 */
export function linkableTable(options: {
  type: string;
  table: 'organizations' | 'contacts';
  read: Permission;
  write: Permission;
}): LinkableRecordType {
  // One of the tables stands for both: they share the columns read here.
  const table = options.table as 'contacts';
  const owner = `${options.table}.owner_id`;
  return {
    type: options.type,
    read: options.read,
    write: options.write,
    async visibleNames(db, principal, ids) {
      if (ids.length === 0) return new Map();
      // Id and name only: timelines and follow-ups ask this for every linked record they show.
      const rows = await db
        .selectFrom(table)
        .select(['id', 'name'])
        .where('id', 'in', [...ids])
        .where(visibleTo(principal, owner))
        .execute();
      return new Map(rows.map((row) => [row.id, row.name]));
    },
    visibleIds(db, principal) {
      return db.selectFrom(table).select('id').where(visibleTo(principal, owner));
    },
  };
}
