import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { CampaignsTable, Database } from '../../platform/db/schema.js';
import { updateIfVersion } from '../../platform/db/versioned-update.js';

type Db = Kysely<Database> | Transaction<Database>;
export type CampaignRow = Selectable<CampaignsTable> & { owner_name: string | null };

/** Campaigns in SQL; every user with campaigns.read sees all of them (company-wide marketing). */
export class CampaignRepository {
  constructor(private readonly db: Db) {}

  /** Campaigns with their owner's name, ready for lists and detail. */
  all() {
    return this.db
      .selectFrom('campaigns')
      .leftJoin('users as owner', 'owner.id', 'campaigns.owner_id')
      .selectAll('campaigns')
      .select('owner.name as owner_name');
  }

  find(id: string): Promise<CampaignRow | undefined> {
    return this.all().where('campaigns.id', '=', id).executeTakeFirst();
  }

  async insert(row: Insertable<CampaignsTable>): Promise<void> {
    await this.db.insertInto('campaigns').values(row).execute();
  }

  updateIfVersion(id: string, version: number, change: Updateable<CampaignsTable>): Promise<boolean> {
    return updateIfVersion(this.db, 'campaigns', id, version, change);
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('campaigns').where('id', '=', id).execute();
  }

  async existsUser(id: string): Promise<boolean> {
    return !!(await this.db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst());
  }
}
