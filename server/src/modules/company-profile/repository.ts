import type { Kysely, Transaction, Updateable } from 'kysely';
import type { CompanyProfileTable, Database } from '../../platform/db/schema.js';
import { updateIfVersion } from '../../platform/db/versioned-update.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The one row migration 0016 made. */
const ID = 'company';

export class CompanyProfileRepository {
  constructor(private readonly db: Db) {}

  async find() {
    const row = await this.db
      .selectFrom('company_profile')
      .selectAll()
      .where('id', '=', ID)
      .executeTakeFirst();
    if (!row) throw new Error('company_profile has no row: migration 0016 did not run');
    return row;
  }

  /** False when the profile no longer has the version the caller read. */
  updateIfVersion(version: number, change: Updateable<CompanyProfileTable>): Promise<boolean> {
    return updateIfVersion(this.db, 'company_profile', ID, version, change);
  }
}
