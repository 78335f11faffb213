import { z } from 'zod';
import { foldGerman, searchKeys, tokenizeForSearch } from './normalize.js';

/** The index terms of a text: every word in its German-folded and diacritics-stripped forms. */
export function indexTerms(texts: readonly (string | null | undefined)[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const word of tokenizeForSearch(text ?? '')) for (const key of searchKeys(word)) terms.add(key);
  }
  return [...terms];
}

/**
 * The spellings a query word may have in the index, so "Müller", "Mueller" and "muller" find
 * each other: folded and stripped forms, and the word with ae/oe/ue and a/o/u swapped.
 */
export function queryVariants(word: string): string[] {
  const variants = new Set(searchKeys(word));
  const folded = foldGerman(word);
  variants.add(folded.replace(/([aou])e/g, '$1'));
  variants.add(folded.replace(/(?<![aou])([aou])(?!e)/g, '$1e'));
  return [...variants].filter((variant) => variant.length > 0);
}

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(20).default(5),
});

export const searchHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
});
export const searchResultSchema = z.object({
  groups: z.array(z.object({ type: z.string(), items: z.array(searchHitSchema) })),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
