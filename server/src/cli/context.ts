import { type Config, loadConfig } from '../platform/config.js';
import { type DatabaseHandle, migrateToLatest, openDatabase } from '../platform/db/connection.js';

/** Opens the configured database with an up-to-date schema for one CLI command. */
export async function withDatabase<T>(
  work: (database: DatabaseHandle, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const database = openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    return await work(database, config);
  } finally {
    await database.close();
  }
}
