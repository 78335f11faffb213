import { TIMELINE_SIZE } from '@kontor/domain/activities';
import { ORGANIZATION } from '@kontor/domain/organizations';
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Engine } from '../../platform/db/connection.js';
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
  const { rows } = await sql<RecordKey>`
    with recursive org_tree(id, depth) as (
      select cast(${recordId} as text), 0
      union
      select o.id, t.depth + 1 from organizations o join org_tree t on o.parent_id = t.id
      where t.depth < ${MAX_DEPTH}
    )
    select distinct ${ORGANIZATION.type} as "recordType", id as "recordId" from org_tree
    union
    select 'contact', e.contact_id from employments e
    where e.end_date is null and e.organization_id in (select id from org_tree)`.execute(db);
  return rows;
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

/** Per statement on SQLite, which allows 500 arms in a compound SELECT (two per record). */
const KEYS_PER_STATEMENT = 200;

interface Candidate {
  activity_id: string;
  occurred_at: string;
  pinned: number;
}

/**
 * The newest pinned and the newest other entries linked to any of the keys and visible to the
 * principal, in one statement: one more of each than a timeline shows, so the caller knows
 * whether there are more. Each linked record
 * gives its own newest few from its index range (the global newest are among them), which are
 * merged here; an entry linked to several of the keys (a contact and their company) counts once.
 * An organisation with 10,000 entries thus reads a few dozen index rows, not all 10,000.
 */
export async function newestLinked(
  db: Db,
  engine: Engine,
  principal: Principal,
  keys: readonly RecordKey[],
): Promise<{ pinned: string[]; recent: string[] }> {
  const limit = TIMELINE_SIZE + 1;
  const candidates: Candidate[] = [];
  if (engine === 'postgres') {
    // One statement whatever the number of records: a lateral index range per record and pin state.
    const arm = newestOfOne(db, principal, limit).where(
      sql<boolean>`l.record_type = k.record_type and l.record_id = k.record_id and l.pinned = p.pinned`,
    );
    const types = keys.map((key) => key.recordType);
    const ids = keys.map((key) => key.recordId);
    const { rows } = await sql<Candidate>`
      select x.activity_id, x.occurred_at, x.pinned
      from unnest(cast(${types} as text[]), cast(${ids} as text[])) as k(record_type, record_id)
      cross join (values (0), (1)) as p(pinned)
      cross join lateral ${arm} as x`.execute(db);
    candidates.push(...rows);
  } else {
    for (let start = 0; start < keys.length; start += KEYS_PER_STATEMENT) {
      const arms = keys
        .slice(start, start + KEYS_PER_STATEMENT)
        .flatMap((key) =>
          [0, 1].map((pinned) =>
            db
              .selectFrom(
                newestOfOne(db, principal, limit)
                  .where('l.record_type', '=', key.recordType)
                  .where('l.record_id', '=', key.recordId)
                  .where('l.pinned', '=', pinned)
                  .as('arm'),
              )
              .selectAll(),
          ),
        );
      const [first, ...rest] = arms;
      if (!first) continue;
      candidates.push(...(await rest.reduce((union, arm) => union.unionAll(arm), first).execute()));
    }
  }
  return {
    pinned: newestDistinct(
      candidates.filter((c) => Number(c.pinned) === 1),
      limit,
    ),
    recent: newestDistinct(
      candidates.filter((c) => Number(c.pinned) === 0),
      limit,
    ),
  };
}

/** One linked record's newest links (its key and pin conditions added by the caller). */
function newestOfOne(db: Db, principal: Principal, limit: number) {
  let query = db
    .selectFrom('activity_links as l')
    .select(['l.activity_id', 'l.occurred_at', 'l.pinned'])
    .where('l.deleted', '=', 0);
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
  return query.orderBy('l.occurred_at', 'desc').orderBy('l.activity_id', 'desc').limit(limit);
}

/** The newest `limit` distinct entries of the candidates, newest first, ties by id as the index orders them. */
function newestDistinct(candidates: readonly Candidate[], limit: number): string[] {
  const newest = new Map<string, string>();
  for (const candidate of candidates) {
    const seen = newest.get(candidate.activity_id);
    if (seen === undefined || candidate.occurred_at > seen)
      newest.set(candidate.activity_id, candidate.occurred_at);
  }
  return [...newest]
    .sort(([idA, atA], [idB, atB]) =>
      atA !== atB ? (atA < atB ? 1 : -1) : idA < idB ? 1 : idA > idB ? -1 : 0,
    )
    .slice(0, limit)
    .map(([id]) => id);
}
