import { tokenizeForSearch } from '@kontor/domain/normalize';
import { hasPermission } from '@kontor/domain/permissions';
import { indexTerms, queryVariants, type SearchResult } from '@kontor/domain/search';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { Database } from '../../platform/db/schema.js';
import type { EventBus } from '../../platform/events/bus.js';
import type { SearchProvider } from './providers.js';

type Db = Kysely<Database> | Transaction<Database>;

const MAX_QUERY_WORDS = 5;
const MAX_TERMS_PER_RECORD = 200;

/**
 * Global search (X1) over every registered record type: a term index (words in folded and
 * stripped forms) kept in step with the records inside their transactions, queried by word
 * prefixes and filtered by the same visibility and permissions as the lists.
 */
export class SearchService {
  private readonly providers: Map<string, SearchProvider>;

  constructor(
    private readonly db: Kysely<Database>,
    providers: SearchProvider[],
  ) {
    this.providers = new Map(providers.map((provider) => [provider.recordType, provider]));
  }

  /** Keeps the index in step: saved records are re-indexed, deleted and merged-away ones removed. */
  subscribe(events: EventBus): void {
    events.on('record.saved', (trx, event) => this.reindex(trx, event.recordType, [event.id]));
    events.on('record.deleted', (trx, event) => this.remove(trx, event.recordType, [event.id]));
    events.on('record.merged', async (trx, event) => {
      await this.remove(trx, event.recordType, [event.mergedId]);
      await this.reindex(trx, event.recordType, [event.keptId]);
    });
  }

  async reindex(db: Db, recordType: string, ids: readonly string[]): Promise<void> {
    const provider = this.providers.get(recordType);
    if (!provider || ids.length === 0) return;
    await this.remove(db, recordType, ids);
    for (const document of await provider.load(db, ids)) {
      await db
        .insertInto('search_documents')
        .values({
          record_type: recordType,
          record_id: document.id,
          owner_id: document.ownerId,
          title: document.title,
          subtitle: document.subtitle,
        })
        .execute();
      const terms = indexTerms(document.texts).slice(0, MAX_TERMS_PER_RECORD);
      if (terms.length > 0) {
        await db
          .insertInto('search_terms')
          .values(terms.map((term) => ({ term, record_type: recordType, record_id: document.id })))
          .execute();
      }
    }
  }

  async remove(db: Db, recordType: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
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
  }

  async search(principal: Principal, query: string, limit: number): Promise<SearchResult> {
    const words = tokenizeForSearch(query).slice(0, MAX_QUERY_WORDS);
    if (words.length === 0) return { groups: [] };
    const groups: SearchResult['groups'] = [];
    for (const provider of this.providers.values()) {
      if (!hasPermission(principal.permissions, provider.permission)) continue;
      let hits = this.db
        .selectFrom('search_documents')
        .select(['record_id as id', 'title', 'subtitle'])
        .where('record_type', '=', provider.recordType)
        .where(visibleTo(principal, 'search_documents.owner_id'));
      for (const word of words) {
        // Every word must match some term by prefix, in any of its spellings.
        const ranges = queryVariants(word).map(
          (variant) => sql<boolean>`(term >= ${variant} and term < ${`${variant}\uffff`})`,
        );
        hits = hits.where('record_id', 'in', (eb) =>
          eb
            .selectFrom('search_terms')
            .select('record_id')
            .where('record_type', '=', provider.recordType)
            .where(sql<boolean>`(${sql.join(ranges, sql` or `)})`),
        );
      }
      const items = await hits.orderBy('title').orderBy('record_id').limit(limit).execute();
      if (items.length > 0) groups.push({ type: provider.recordType, items });
    }
    return { groups };
  }
}
