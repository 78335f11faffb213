import { queryVariants } from '@kontor/domain/search';
import { allowedTypos, editDistance, isTypoTerm, queryTypoKeys } from '@kontor/domain/search-typos';
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
  /** The variants some record may have as a whole word (the others are known to be absent). */
  wholeWords: string[];
  typoTerms: string[];
}

/** One stretch of the term index: a single term, or every term from `from` up to `to`. */
export type Segment = { term: string } | { from: string; to: string };

/** Looks up the terms within the allowed typos of each spelling of `word`. */
export async function matchWord(db: Kysely<Database>, word: string): Promise<WordMatch> {
  const variants = queryVariants(word);
  const keys = [...new Set(variants.flatMap(queryTypoKeys))];
  if (keys.length === 0) return { variants, wholeWords: variants, typoTerms: [] };
  const rows = await db
    .selectFrom('search_typo_keys')
    .select('term')
    .distinct()
    .where('key', 'in', keys)
    .execute();
  const near: [string, number][] = [];
  const known = new Set<string>();
  for (const { term } of rows) {
    // A word is one of its own keys, so a variant in the vocabulary comes back too.
    if (variants.includes(term)) {
      known.add(term);
      continue;
    }
    // Within the typos its spelling allows, measured from the closest spelling.
    const within = variants
      .map((variant) => [editDistance(variant, term, allowedTypos(variant)), allowedTypos(variant)] as const)
      .filter(([distance, allowed]) => distance <= allowed)
      .map(([distance]) => distance);
    if (within.length > 0) near.push([term, Math.min(...within)]);
  }
  near.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return {
    variants,
    // Only typo-capable terms are in the vocabulary: of the others nothing is known.
    wholeWords: variants.filter((variant) => !isTypoTerm(variant) || known.has(variant)),
    typoTerms: near.slice(0, MAX_TYPO_TERMS).map(([term]) => term),
  };
}

/**
 * The stretches of the term index in which a word matches at `tier` (or better; for a word
 * `alone` in its query, the typo tier is only its near terms). Terms compare
 * by byte order (C collation on PostgreSQL), so a prefix is a key range.
 */
export function segments(match: WordMatch, tier: Tier, alone: boolean): Segment[] {
  if (tier === 'exact') return match.wholeWords.map((term) => ({ term }));
  const prefixes = match.variants.map((variant) => ({ from: variant, to: `${variant}\uffff` }));
  if (tier === 'prefix') return prefixes;
  const near = match.typoTerms.map((term) => ({ term }));
  // A word searched alone found all its prefix hits in the prefix tier already.
  return alone ? near : [...prefixes, ...near];
}

/**
 * The condition on a `term` column under which one of the segments matches. `probe` is for
 * checking the terms of one known record: the column is then wrapped so that no database reads
 * it from a term index (one seek per segment), but from the record's few rows.
 */
export function termCondition(column: string, parts: Segment[], probe = false): Expression<SqlBool> {
  const term = probe ? sql`(${sql.ref(column)} || '')` : sql.ref(column);
  const terms = parts.flatMap((part) => ('term' in part ? [part.term] : []));
  const ranges = parts.flatMap((part) =>
    'from' in part ? [sql<SqlBool>`(${term} >= ${part.from} and ${term} < ${part.to})`] : [],
  );
  if (terms.length > 0) ranges.push(sql<SqlBool>`${term} in (${sql.join(terms)})`);
  return sql<SqlBool>`(${sql.join(ranges, sql` or `)})`;
}
