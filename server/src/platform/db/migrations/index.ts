import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './0001-foundation.js';

/** Every migration in order. Listed statically so no file-system scan is needed at run time. */
const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
