import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Typo tolerance for the global search: the distinct typo-capable terms of the index
// (search_vocabulary) and their deletion keys (search_typo_keys). The key rule is written out
// here as it was when this migration was written (decision 0009: migrations are frozen data);
// domain/src/search-typos.ts holds the live rule, which must produce the same keys.
const BATCH = 500;

function keysOf(term: string): string[] {
  const letters = [...term];
  if (letters.length < 3 || letters.length > 24 || !/^\p{L}+$/u.test(term)) return [];
  const deletions = letters.length >= 8 ? 2 : letters.length >= 4 ? 1 : 0;
  const keys = new Set([term]);
  let frontier = [term];
  for (let round = 0; round < deletions; round++) {
    const next: string[] = [];
    for (const key of frontier) {
      const chars = [...key];
      for (let i = 0; i < chars.length; i++) {
        const shorter = chars.slice(0, i).join('') + chars.slice(i + 1).join('');
        if (shorter.length > 0 && !keys.has(shorter)) {
          keys.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return [...keys];
}

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  // Keys are compared for equality only, but the C collation keeps them byte-exact on PostgreSQL.
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('search_vocabulary')
    .addColumn('term', 'text', (c) => (postgres ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull()))
    .addPrimaryKeyConstraint('search_vocabulary_pk', ['term'])
    .execute();
  await db.schema
    .createTable('search_typo_keys')
    .addColumn('key', 'text', (c) => (postgres ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull()))
    .addColumn('term', 'text', (c) => (postgres ? c.notNull().modifyEnd(sql`collate "C"`) : c.notNull()))
    .addPrimaryKeyConstraint('search_typo_keys_pk', ['key', 'term'])
    .execute();
  // Removing a term that no record uses any more deletes its keys by term.
  await db.schema.createIndex('search_typo_keys_term_idx').on('search_typo_keys').column('term').execute();

  // A search walks one record type's postings of a term or a term range in order and stops at a
  // page; with the term first (0004's key) a range mixes record types and must be sorted in full.
  await db.schema
    .createIndex('search_terms_type_term_idx')
    .on('search_terms')
    .columns(['record_type', 'term', 'record_id'])
    .execute();
  // Checking a found record for the other query words reads its terms: with the term in the
  // index that needs no table rows, and no database then prefers the index above per record.
  await db.schema.dropIndex('search_terms_record_idx').execute();
  await db.schema
    .createIndex('search_terms_record_idx')
    .on('search_terms')
    .columns(['record_type', 'record_id', 'term'])
    .execute();

  // The vocabulary of the records indexed so far, walked in term order in batches.
  let after = '';
  for (;;) {
    const rows = await db
      .selectFrom('search_terms')
      .select('term')
      .distinct()
      .where('term', '>', after)
      .orderBy('term')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    after = rows[rows.length - 1]?.term as string;
    const terms = rows.map((row) => row.term as string).filter((term) => keysOf(term).length > 0);
    if (terms.length === 0) continue;
    await db
      .insertInto('search_vocabulary')
      .values(terms.map((term) => ({ term })))
      .execute();
    const keys = terms.flatMap((term) => keysOf(term).map((key) => ({ key, term })));
    for (let i = 0; i < keys.length; i += BATCH)
      await db
        .insertInto('search_typo_keys')
        .values(keys.slice(i, i + BATCH))
        .execute();
  }
}

// biome-ignore lint/suspicious/noExplicitAny: see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('search_terms_type_term_idx').execute();
  await db.schema.dropIndex('search_terms_record_idx').execute();
  await db.schema
    .createIndex('search_terms_record_idx')
    .on('search_terms')
    .columns(['record_type', 'record_id'])
    .execute();
  await db.schema.dropTable('search_typo_keys').execute();
  await db.schema.dropTable('search_vocabulary').execute();
}
