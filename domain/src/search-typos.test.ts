import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldGerman, searchKeys } from './normalize.js';
import { indexTerms, queryVariants } from './search.js';
import { allowedTypos, deletionKeys, editDistance, indexTypoKeys, queryTypoKeys } from './search-typos.js';

/** Whether the keys of a query word and an index term meet, as the search looks them up. */
const meet = (query: string, term: string) => {
  const keys = new Set(indexTypoKeys(term));
  return queryTypoKeys(query).some((key) => keys.has(key));
};

describe('typo keys', () => {
  it('allows no typo below 4 letters, one from 4, two from 8, none in numbers', () => {
    expect(['ott', 'otto', 'schmidt', 'muelller', 'k10001'].map(allowedTypos)).toEqual([0, 1, 1, 2, 0]);
  });

  it('measures inserted, deleted, replaced and swapped letters as one edit each', () => {
    expect(editDistance('mueller', 'muelller', 2)).toBe(1);
    expect(editDistance('mueller', 'mueler', 2)).toBe(1);
    expect(editDistance('schmidt', 'schmitt', 2)).toBe(1);
    expect(editDistance('mueller', 'muelelr', 2)).toBe(1);
    expect(editDistance('mueller', 'maler', 1)).toBe(2);
  });

  it('lets the keys of a word and of every term within its allowed typos meet', () => {
    const word = fc.stringMatching(/^[a-zäöüß]{3,12}$/);
    const edit = fc.record({
      at: fc.nat(),
      kind: fc.integer({ min: 0, max: 3 }),
      letter: fc.constantFrom('a', 'e', 'x'),
    });
    fc.assert(
      fc.property(word, fc.array(edit, { minLength: 1, maxLength: 2 }), (raw, edits) => {
        const term = foldGerman(raw);
        let typed = [...term];
        for (const { at, kind, letter } of edits) {
          const i = at % (typed.length + 1);
          if (kind === 0) typed.splice(i, 0, letter);
          else if (kind === 1 && typed.length > 1) typed.splice(Math.min(i, typed.length - 1), 1);
          else if (kind === 2) typed[Math.min(i, typed.length - 1)] = letter;
          else if (i + 1 < typed.length)
            typed = [...typed.slice(0, i), typed[i + 1] as string, typed[i] as string, ...typed.slice(i + 2)];
        }
        const query = typed.join('');
        const distance = editDistance(query, term, 2);
        // A word too short for typos looks none up: the exact and prefix tiers find its term
        // (an edit can leave a word as it was, "aaa" → "aaa").
        const typos = allowedTypos(query);
        if (typos > 0 && term.length <= 24 && distance <= typos)
          expect(meet(query, term), `${query} → ${term}`).toBe(true);
      }),
    );
  });

  it('never throws, and folding is idempotent for query variants and index terms', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        for (const term of indexTerms([text])) {
          expect(searchKeys(term)).toContain(term);
          indexTypoKeys(term);
        }
        for (const variant of queryVariants(text)) {
          expect(foldGerman(variant)).toBe(foldGerman(foldGerman(variant)));
          expect(queryTypoKeys(variant).every((key) => key.length > 0)).toBe(true);
        }
        expect(editDistance(text, text, 0)).toBe(0);
      }),
    );
  });

  it('makes each deletion key once, the word included', () => {
    expect(deletionKeys('abc', 1).sort()).toEqual(['ab', 'abc', 'ac', 'bc']);
    expect(deletionKeys('aab', 1).sort()).toEqual(['aab', 'ab', 'aa'].sort());
  });
});
