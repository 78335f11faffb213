import { tokenizeForSearch } from '@kontor/domain/normalize';
import { hasPermission } from '@kontor/domain/permissions';
import type { SearchResult } from '@kontor/domain/search';
import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import type { EventBus } from '../../platform/events/bus.js';
import { SearchIndexWriter } from './index-writer.js';
import { matchWord, TIERS } from './matching.js';
import type { SearchProvider } from './providers.js';
import { findTier, type Hit } from './tier-query.js';

type Db = Kysely<Database> | Transaction<Database>;

const MAX_QUERY_WORDS = 5;

/**
 * Global search (X1) over every registered record type: a term index (words in folded and
 * stripped forms) kept in step with the records inside their transactions, queried by whole
 * words, word prefixes and near words (typos), best tier first, and filtered by the same
 * visibility and permissions as the lists.
 */
export class SearchService {
  private readonly providers: Map<string, SearchProvider>;
  private readonly writer: SearchIndexWriter;

  constructor(
    private readonly db: Kysely<Database>,
    providers: SearchProvider[],
  ) {
    this.providers = new Map(providers.map((provider) => [provider.recordType, provider]));
    this.writer = new SearchIndexWriter(this.providers);
  }

  /** Keeps the index in step: saved records are re-indexed, deleted and merged-away ones removed. */
  subscribe(events: EventBus): void {
    const reindex = async (trx: Transaction<Database>, recordType: string, ids: string[]) => {
      const retitled = await this.writer.reindex(trx, recordType, ids);
      await this.refreshFollowers(trx, recordType, retitled);
    };
    // Created records have no entries yet: indexed without comparing.
    events.on('records.created', (trx, event) => this.writer.index(trx, event.recordType, event.ids));
    events.on('record.saved', (trx, event) => reindex(trx, event.recordType, [event.id]));
    events.on('record.deleted', (trx, event) => this.writer.remove(trx, event.recordType, [event.id]));
    events.on('record.merged', async (trx, event) => {
      await this.writer.remove(trx, event.recordType, [event.mergedId]);
      await this.writer.reindex(trx, event.recordType, [event.keptId]);
      // Records that showed the merged one's title now belong to the kept one.
      await this.refreshFollowers(trx, event.recordType, [event.keptId]);
    });
  }

  private async refreshFollowers(db: Db, recordType: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    for (const provider of this.providers.values())
      if (provider.follows?.recordType === recordType) await provider.follows.refresh(db, ids);
  }

  async search(principal: Principal, query: string, limit: number): Promise<SearchResult> {
    const words = tokenizeForSearch(query).slice(0, MAX_QUERY_WORDS);
    const readable = [...this.providers.values()].filter((p) =>
      hasPermission(principal.permissions, p.permission),
    );
    if (words.length === 0 || readable.length === 0) return { groups: [] };
    const matches = await Promise.all(words.map((word) => matchWord(this.db, word)));
    const groups: SearchResult['groups'] = [];
    for (const provider of readable) {
      const items: Hit[] = [];
      for (const tier of TIERS) {
        if (items.length >= limit) break;
        // The typo tier finds nothing more than the prefix tier when no word has a near term.
        if (tier === 'typo' && matches.every((m) => m.typoTerms.length === 0)) break;
        items.push(
          ...(await findTier(
            this.db,
            principal,
            provider.recordType,
            matches,
            tier,
            items,
            limit - items.length,
          )),
        );
      }
      if (items.length > 0) groups.push({ type: provider.recordType, items });
    }
    return { groups };
  }
}
