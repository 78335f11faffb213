import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/harness.js';
import { migrationProvider } from '../../platform/db/migrations/index.js';

describe('migration 0007: typo vocabulary of the records indexed before it', () => {
  it('builds the vocabulary and deletion keys of existing terms, leaving out numbers', async () => {
    const database = await freshDatabase();
    try {
      const migrator = new Migrator({ db: database.db, provider: migrationProvider });
      expect((await migrator.migrateTo('0006-imports')).error).toBeUndefined();
      const terms = ['mueller', 'muller', 'k10001', 'mueller', 'schmidt'];
      await database.db
        .insertInto('search_terms')
        .values(terms.map((term, i) => ({ term, record_type: 'contact', record_id: `id-${i}` })))
        .execute();
      expect((await migrator.migrateTo('0007-search-fuzzy')).error).toBeUndefined();
      const vocabulary = await database.db
        .selectFrom('search_vocabulary')
        .select('term')
        .orderBy('term')
        .execute();
      expect(vocabulary.map((row) => row.term)).toEqual(['mueller', 'muller', 'schmidt']);
      const keys = await database.db
        .selectFrom('search_typo_keys')
        .select('term')
        .where('key', '=', 'schmit')
        .execute();
      expect(keys.map((row) => row.term)).toEqual(['schmidt']);
    } finally {
      await database.close();
    }
  });
});
