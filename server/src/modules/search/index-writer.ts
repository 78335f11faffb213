import { indexTerms } from '@kontor/domain/search';
import { indexTypoKeys, isTypoTerm } from '@kontor/domain/search-typos';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { SearchDocument, SearchProvider } from './providers.js';

type Db = Kysely<Database> | Transaction<Database>;

export const MAX_TERMS_PER_RECORD = 200;
// Keeps each insert well below SQLite's and PostgreSQL's bound-parameter limits.
const INSERT_BATCH = 500;

/**
 * Writes the search index of records: their documents (title, subtitle, owner), their terms,
 * and the vocabulary of typo-capable terms with deletion keys. Only terms a record gains or
 * loses are written, so saving a record with unchanged texts touches no term rows.
 */
export class SearchIndexWriter {
  constructor(private readonly providers: Map<string, SearchProvider>) {}

  /**
   * Indexes records that were just created: with no entries of theirs yet there is nothing to
   * compare or remove, which spares a new record three statements.
   */
  async index(db: Db, recordType: string, ids: readonly string[]): Promise<void> {
    const provider = this.providers.get(recordType);
    if (!provider || ids.length === 0) return;
    const documents = await provider.load(db, ids);
    if (documents.length > 0)
      await db
        .insertInto('search_documents')
        .values(documents.map(documentRow(recordType)))
        .execute();
    await this.writeTerms(db, recordType, ids, new Map(), documents);
  }

  /**
   * Re-reads the records and indexes them; returns the ids whose title changed. A document is
   * written only when its title, subtitle or owner changed, and only the terms it gained or lost.
   */
  async reindex(db: Db, recordType: string, ids: readonly string[]): Promise<string[]> {
    const provider = this.providers.get(recordType);
    if (!provider || ids.length === 0) return [];
    const before = await this.termsOf(db, recordType, ids);
    const stored = new Map(
      (
        await db
          .selectFrom('search_documents')
          .select(['record_id', 'owner_id', 'title', 'subtitle'])
          .where('record_type', '=', recordType)
          .where('record_id', 'in', [...ids])
          .execute()
      ).map((row) => [row.record_id, row]),
    );
    const documents = await provider.load(db, ids);
    const loaded = new Set(documents.map((document) => document.id));
    const vanished = [...stored.keys()].filter((id) => !loaded.has(id));
    if (vanished.length > 0)
      await db
        .deleteFrom('search_documents')
        .where('record_type', '=', recordType)
        .where('record_id', 'in', vanished)
        .execute();
    const changed = documents.filter((document) => {
      const row = stored.get(document.id);
      return (
        row?.title !== document.title ||
        row.subtitle !== document.subtitle ||
        row.owner_id !== document.ownerId
      );
    });
    if (changed.length > 0)
      await db
        .insertInto('search_documents')
        .values(changed.map(documentRow(recordType)))
        .onConflict((oc) =>
          oc.columns(['record_type', 'record_id']).doUpdateSet((eb) => ({
            owner_id: eb.ref('excluded.owner_id'),
            title: eb.ref('excluded.title'),
            subtitle: eb.ref('excluded.subtitle'),
          })),
        )
        .execute();
    await this.writeTerms(db, recordType, ids, before, documents);
    return documents.filter((d) => stored.has(d.id) && stored.get(d.id)?.title !== d.title).map((d) => d.id);
  }

  /** Writes the terms each record gained, removes those it lost, and keeps the vocabulary in step. */
  private async writeTerms(
    db: Db,
    recordType: string,
    ids: readonly string[],
    before: Map<string, Set<string>>,
    documents: SearchDocument[],
  ): Promise<void> {
    const gained: { term: string; record_type: string; record_id: string }[] = [];
    const lost = new Set<string>();
    const after = new Map(
      documents.map((d) => [d.id, new Set(indexTerms(d.texts).slice(0, MAX_TERMS_PER_RECORD))]),
    );
    for (const id of ids) {
      const old = before.get(id) ?? new Set<string>();
      const now = after.get(id) ?? new Set<string>();
      for (const term of now)
        if (!old.has(term)) gained.push({ term, record_type: recordType, record_id: id });
      const dropped = [...old].filter((term) => !now.has(term));
      dropped.forEach((term) => {
        lost.add(term);
      });
      if (dropped.length > 0)
        await db
          .deleteFrom('search_terms')
          .where('record_type', '=', recordType)
          .where('record_id', '=', id)
          .where('term', 'in', dropped)
          .execute();
    }
    for (let i = 0; i < gained.length; i += INSERT_BATCH)
      await db
        .insertInto('search_terms')
        .values(gained.slice(i, i + INSERT_BATCH))
        .execute();
    await this.addToVocabulary(db, [...new Set(gained.map((row) => row.term))]);
    await this.pruneVocabulary(db, [...lost]);
  }

  async remove(db: Db, recordType: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const before = await this.termsOf(db, recordType, ids);
    await db
      .deleteFrom('search_terms')
      .where('record_type', '=', recordType)
      .where('record_id', 'in', [...ids])
      .execute();
    await db
      .deleteFrom('search_documents')
      .where('record_type', '=', recordType)
      .where('record_id', 'in', [...ids])
      .execute();
    await this.pruneVocabulary(db, [...new Set([...before.values()].flatMap((terms) => [...terms]))]);
  }

  private async termsOf(db: Db, recordType: string, ids: readonly string[]) {
    const rows = await db
      .selectFrom('search_terms')
      .select(['record_id', 'term'])
      .where('record_type', '=', recordType)
      .where('record_id', 'in', [...ids])
      .execute();
    const terms = new Map<string, Set<string>>();
    for (const row of rows) terms.set(row.record_id, (terms.get(row.record_id) ?? new Set()).add(row.term));
    return terms;
  }

  /** New typo-capable terms get their deletion keys; known ones cost one lookup. */
  private async addToVocabulary(db: Db, terms: string[]): Promise<void> {
    const candidates = terms.filter(isTypoTerm);
    if (candidates.length === 0) return;
    const known = new Set(
      (await db.selectFrom('search_vocabulary').select('term').where('term', 'in', candidates).execute()).map(
        (row) => row.term,
      ),
    );
    const fresh = candidates.filter((term) => !known.has(term));
    if (fresh.length === 0) return;
    // "do nothing" on conflict: a concurrent transaction may add the same new term.
    await db
      .insertInto('search_vocabulary')
      .values(fresh.map((term) => ({ term })))
      .onConflict((oc) => oc.doNothing())
      .execute();
    const keys = fresh.flatMap((term) => indexTypoKeys(term).map((key) => ({ key, term })));
    for (let i = 0; i < keys.length; i += INSERT_BATCH)
      await db
        .insertInto('search_typo_keys')
        .values(keys.slice(i, i + INSERT_BATCH))
        .onConflict((oc) => oc.doNothing())
        .execute();
  }

  /**
   * Terms no record uses any more leave the vocabulary. (A term dropped here while a concurrent,
   * uncommitted transaction adds it again loses only its typo matching until it is next added.)
   */
  private async pruneVocabulary(db: Db, terms: string[]): Promise<void> {
    const candidates = terms.filter(isTypoTerm);
    if (candidates.length === 0) return;
    const unused = (
      await db
        .selectFrom('search_vocabulary as v')
        .select('v.term')
        .where('v.term', 'in', candidates)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('search_terms as t').select('t.term').whereRef('t.term', '=', 'v.term'))),
        )
        .execute()
    ).map((row) => row.term);
    if (unused.length === 0) return;
    await db.deleteFrom('search_typo_keys').where('term', 'in', unused).execute();
    await db.deleteFrom('search_vocabulary').where('term', 'in', unused).execute();
  }
}

/** The stored row of a record's search document. */
function documentRow(recordType: string) {
  return (document: SearchDocument) => ({
    record_type: recordType,
    record_id: document.id,
    owner_id: document.ownerId,
    title: document.title,
    subtitle: document.subtitle,
  });
}
