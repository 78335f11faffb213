import { queryVariants } from '@kontor/domain/search';
import { allowedTypos, editDistance, queryTypoKeys } from '@kontor/domain/search-typos';
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

/** How well a record matched, best first: the word itself, a word starting with it, a near word. */
export const TIERS = ['exact', 'prefix', 'typo'] as const;
export type Tier = (typeof TIERS)[number];

/** Of the near terms of a word, the closest this many are searched (short words have many). */
const MAX_TYPO_TERMS = 24;

/** The ways one query word can match an index term. */
export interface WordMatch {
  variants: string[];
  typoTerms: string[];
}

/** Looks up the terms within the allowed typos of each spelling of `word`. */
export async function matchWord(db: Kysely<Database>, word: string): Promise<WordMatch> {
  const variants = queryVariants(word);
  const keys = [...new Set(variants.flatMap(queryTypoKeys))];
  if (keys.length === 0) return { variants, typoTerms: [] };
  const rows = await db
    .selectFrom('search_typo_keys')
    .select('term')
    .distinct()
    .where('key', 'in', keys)
    .execute();
  const near: [string, number][] = [];
  for (const { term } of rows) {
    if (variants.includes(term)) continue;
    // Within the typos its spelling allows, measured from the closest spelling.
    const within = variants
      .map((variant) => [editDistance(variant, term, allowedTypos(variant)), allowedTypos(variant)] as const)
      .filter(([distance, allowed]) => distance <= allowed)
      .map(([distance]) => distance);
    if (within.length > 0) near.push([term, Math.min(...within)]);
  }
  near.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return { variants, typoTerms: near.slice(0, MAX_TYPO_TERMS).map(([term]) => term) };
}

/** The condition on `search_terms.term` under which a word matches at the given tier. */
export function termCondition(match: WordMatch, tier: Tier): Expression<SqlBool> {
  const exact = sql<SqlBool>`term in (${sql.join(match.variants)})`;
  if (tier === 'exact') return exact;
  // Terms compare by byte order (C collation on PostgreSQL), so a prefix is a key range.
  const prefixes = match.variants.map(
    (variant) => sql<SqlBool>`(term >= ${variant} and term < ${`${variant}\uffff`})`,
  );
  if (tier === 'prefix' || match.typoTerms.length === 0)
    return sql<SqlBool>`(${sql.join(prefixes, sql` or `)})`;
  return sql<SqlBool>`(${sql.join(prefixes, sql` or `)} or term in (${sql.join(match.typoTerms)}))`;
}
