import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexTerms, queryVariants } from './search.js';

const finds = (query: string, text: string) => {
  const terms = indexTerms([text]);
  return queryVariants(query).some((variant) => terms.some((term) => term.startsWith(variant)));
};

describe('search terms', () => {
  it('lets Müller, Mueller and muller find each other', () => {
    for (const text of ['Müller', 'Mueller', 'Muller', 'MÜLLER']) {
      for (const query of ['Müller', 'mueller', 'muller', 'Mül', 'muel'])
        expect(finds(query, text), `${query} → ${text}`).toBe(true);
    }
  });

  it('matches word prefixes, not word middles', () => {
    expect(finds('masch', 'Müller Maschinenbau GmbH')).toBe(true);
    expect(finds('schinen', 'Müller Maschinenbau GmbH')).toBe(false);
  });

  it('never throws and always gives a non-empty variant for a word', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => /\p{L}/u.test(s)),
        (word) => {
          expect(Array.isArray(indexTerms([word]))).toBe(true);
          expect(queryVariants(word).length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
