// The global search index of the generated records, exactly as SearchService and its providers
// (server/src/modules/search) write it: one document and its terms per record, and at the end
// the vocabulary of typo-capable terms with their deletion keys.

import { indexTerms } from '@kontor/domain/search';
import { indexTypoKeys, isTypoTerm } from '@kontor/domain/search-typos';
import type { Table, Value } from './tables.ts';

// As in server/src/modules/search/service.ts.
const MAX_TERMS_PER_RECORD = 200;

export type SearchRows = ReturnType<typeof searchRows>;

export function searchRows(add: (table: Table, row: Value[]) => void) {
  const vocabulary = new Set<string>();
  const index = (
    recordType: string,
    id: string,
    ownerId: string | null,
    title: string,
    subtitleParts: (string | null)[],
    texts: (string | null)[],
  ) => {
    add('search_documents', [
      recordType,
      id,
      ownerId,
      title,
      subtitleParts.filter(Boolean).join(' · ') || null,
    ]);
    for (const term of indexTerms(texts).slice(0, MAX_TERMS_PER_RECORD)) {
      add('search_terms', [term, recordType, id]);
      if (isTypoTerm(term)) vocabulary.add(term);
    }
  };
  return {
    organization(
      id: string,
      ownerId: string | null,
      name: string,
      city: string | null,
      customerNumber: string | null,
      supplierNumber: string | null,
      vatId: string | null,
    ) {
      index(
        'organization',
        id,
        ownerId,
        name,
        [customerNumber, city],
        [name, city, customerNumber, supplierNumber, vatId],
      );
    },
    contact(
      id: string,
      ownerId: string | null,
      name: string,
      city: string | null,
      employer: string | null,
      emails: readonly string[],
    ) {
      index('contact', id, ownerId, name, [employer, city], [name, city, ...emails]);
    },
    /** The vocabulary and its keys, once every record is indexed. */
    async finish(checkpoint: () => Promise<void>) {
      for (const term of vocabulary) {
        add('search_vocabulary', [term]);
        for (const key of indexTypoKeys(term)) add('search_typo_keys', [key, term]);
        await checkpoint();
      }
    },
  };
}
