import { TIMELINE_SIZE } from '@kontor/domain/activities';
import { ORGANIZATION } from '@kontor/domain/organizations';
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import { activityVisibleTo, type RecordKey } from './repository.js';

type Db = Kysely<Database> | Transaction<Database>;

/** How deep a holding's subsidiaries are followed; deeper structures are not seen in practice. */
const MAX_DEPTH = 20;

/**
 * The records whose entries a record's timeline shows (A4): the record itself; for an
 * organisation also its subsidiaries at every level and the contacts working there now, so
 * everything said with any of its people is visible at the company.
 */
export async function timelineKeys(db: Db, recordType: string, recordId: string): Promise<RecordKey[]> {
  if (recordType !== ORGANIZATION.type) return [{ recordType, recordId }];
  const tree = await sql<{ id: string }>`
    with recursive org_tree(id, depth) as (
      select cast(${recordId} as text), 0
      union
      select o.id, t.depth + 1 from organizations o join org_tree t on o.parent_id = t.id
      where t.depth < ${MAX_DEPTH}
    )
    select distinct id from org_tree`.execute(db);
  const organizationIds = tree.rows.map((row) => row.id);
  const contacts = await db
    .selectFrom('employments')
    .select('contact_id')
    .distinct()
    .where('organization_id', 'in', organizationIds)
    .where('end_date', 'is', null)
    .execute();
  return [
    ...organizationIds.map((id) => ({ recordType: ORGANIZATION.type, recordId: id })),
    ...contacts.map((row) => ({ recordType: 'contact', recordId: row.contact_id })),
  ];
}

/** `activity_links as l` rows of any of the keys, one index range per record type. */
export function linkedToAny(keys: readonly RecordKey[]): RawBuilder<boolean> {
  const byType = new Map<string, string[]>();
  for (const key of keys) byType.set(key.recordType, [...(byType.get(key.recordType) ?? []), key.recordId]);
  const branches = [...byType].map(
    ([type, ids]) => sql<boolean>`(l.record_type = ${type} and l.record_id in (${sql.join(ids)}))`,
  );
  return sql<boolean>`(${sql.join(branches, sql` or `)})`;
}

/**
 * The newest entries, pinned or not, linked to any of the keys and visible to the principal:
 * one more than a timeline shows, so the caller knows whether there are more. An entry linked
 * to several of the keys (a contact and their company) counts once.
 */
export async function newestLinked(
  db: Db,
  principal: Principal,
  keys: readonly RecordKey[],
  pinned: boolean,
): Promise<string[]> {
  let query = db
    .selectFrom('activity_links as l')
    .select(['l.activity_id', sql<string>`max(l.occurred_at)`.as('newest')])
    .where('l.deleted', '=', 0)
    .where('l.pinned', '=', Number(pinned))
    .where(linkedToAny(keys));
  // Who sees everything needs no look at the entries themselves: the links alone answer.
  if (principal.visibility !== 'all') {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('activities')
          .select(sql`1`.as('one'))
          .whereRef('activities.id', '=', 'l.activity_id')
          .where(activityVisibleTo(principal)),
      ),
    );
  }
  const rows = await query
    .groupBy('l.activity_id')
    .orderBy('newest', 'desc')
    .orderBy('l.activity_id', 'desc')
    .limit(TIMELINE_SIZE + 1)
    .execute();
  return rows.map((row) => row.activity_id);
}
