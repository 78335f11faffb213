import type { Kysely } from 'kysely';

// Reserved slot, filled by the work in progress on this migration's feature.
// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their own time
export async function up(_db: Kysely<any>): Promise<void> {}
