import type { SearchResult } from '@kontor/domain/search';
import type { Kysely } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { Database } from '../../platform/db/schema.js';
import { type Segment, segments, type Tier, termCondition, type WordMatch } from './matching.js';

export type Hit = SearchResult['groups'][number]['items'][number];

/** Counting a word's postings stops here: enough to tell a rare word from a common one. */
const COUNT_CAP = 5000;
/**
 * Near words are the weakest hits and a word may have two dozen: per stretch, the typo tier
 * looks at this many postings of the driving word, so a rare combination cannot cost seconds.
 */
const TYPO_SCAN = 2000;

/**
 * The visible records of one type that every word matches at `tier` (or better), not counting
 * those already `found`, at most `limit`. A common word ("Müller" is on every fifth record) may
 * match hundreds of thousands, so nothing is sorted in full: the rarest word drives, its index
 * stretches are walked in index order one by one (each walk stops at `limit` visible hits), and
 * the other words are checked per record. Among equally good hits those first in the index win.
 */
export async function findTier(
  db: Kysely<Database>,
  principal: Principal,
  recordType: string,
  matches: WordMatch[],
  tier: Tier,
  found: readonly Hit[],
  limit: number,
): Promise<Hit[]> {
  const parts = matches.map((match) => segments(match, tier, matches.length === 1));
  // A word without a stretch at this tier (say, no record has it as a whole word) matches nothing.
  if (parts.some((part) => part.length === 0)) return [];
  const driver = await rarest(db, recordType, parts);
  if (driver === null) return [];
  const others = parts.filter((_, index) => index !== driver);
  const hits: Hit[] = [];
  const seen = new Set(found.map((hit) => hit.id));
  for (const segment of parts[driver] as Segment[]) {
    // A record with several terms in one stretch comes once per term: walk on past repeats.
    for (let exhausted = false; !exhausted && hits.length < limit; ) {
      const wanted = limit - hits.length;
      // Alone, a word's walk stops at `limit` visible hits anyway; only other words can make it long.
      const scan = tier === 'typo' && others.length > 0 ? TYPO_SCAN : undefined;
      const rows = await walk(db, principal, recordType, segment, others, seen, wanted, scan);
      exhausted = rows.length < wanted;
      for (const row of rows) {
        if (seen.has(row.id)) continue;
        seen.add(row.id);
        hits.push(row);
      }
    }
  }
  return hits.sort((a, b) => a.title.localeCompare(b.title, 'de'));
}

/**
 * One stretch of the driving word's postings in index order (or its first `scan` postings),
 * joined to visible documents, each record checked for the other words by its own terms.
 */
function walk(
  db: Kysely<Database>,
  principal: Principal,
  recordType: string,
  segment: Segment,
  others: Segment[][],
  seen: Set<string>,
  limit: number,
  scan?: number,
): Promise<Hit[]> {
  let postings = db
    .selectFrom('search_terms')
    .select(['term', 'record_type', 'record_id'])
    .where('record_type', '=', recordType)
    .where(termCondition('term', [segment]));
  if (scan !== undefined) postings = postings.orderBy('term').orderBy('record_id').limit(scan);
  let query = db
    .selectFrom(scan === undefined ? 'search_terms as t' : postings.as('t'))
    .innerJoin('search_documents as d', (join) =>
      join.onRef('d.record_type', '=', 't.record_type').onRef('d.record_id', '=', 't.record_id'),
    )
    .select(['d.record_id as id', 'd.title', 'd.subtitle'])
    .where('t.record_type', '=', recordType)
    .where(termCondition('t.term', [segment]))
    .where(visibleTo(principal, 'd.owner_id'));
  for (const other of others)
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('search_terms as o')
          .select('o.term')
          .whereRef('o.record_type', '=', 't.record_type')
          .whereRef('o.record_id', '=', 't.record_id')
          .where(termCondition('o.term', other, true)),
      ),
    );
  if (seen.size > 0) query = query.where('t.record_id', 'not in', [...seen]);
  return query.orderBy('t.term').orderBy('t.record_id').limit(limit).execute();
}

/** The index of the word with the fewest postings (up to COUNT_CAP), or null if one has none. */
async function rarest(db: Kysely<Database>, recordType: string, parts: Segment[][]): Promise<number | null> {
  if (parts.length === 1) return 0;
  const counts: number[] = [];
  for (const part of parts) {
    let count = 0;
    // One stretch at a time: each is one index range, where an OR of ranges may be a full scan.
    for (const segment of part) {
      if (count >= COUNT_CAP) break;
      const row = await db
        .selectFrom((eb) =>
          eb
            .selectFrom('search_terms')
            .select('record_id')
            .where('record_type', '=', recordType)
            .where(termCondition('term', [segment]))
            .limit(COUNT_CAP - count)
            .as('capped'),
        )
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      count += Number(row.n);
    }
    if (count === 0) return null;
    counts.push(count);
  }
  return counts.indexOf(Math.min(...counts));
}
