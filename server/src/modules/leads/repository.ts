import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleTo } from '../../platform/auth/visibility.js';
import { type Joins, selectJoining } from '../../platform/db/joining.js';
import type { Database, LeadsTable } from '../../platform/db/schema.js';
import { updateIfVersion } from '../../platform/db/versioned-update.js';

type Db = Kysely<Database> | Transaction<Database>;
export type LeadRow = Selectable<LeadsTable> & { owner_name: string | null; campaign_name: string | null };

/** The records a lead row names, by the alias its list columns use. */
const JOINS = {
  owner: ['users', 'owner_id'],
  campaign: ['campaigns', 'campaign_id'],
} as const satisfies Joins;

/** Leads in SQL; visibility is by owner (own/team/all, X3). */
export class LeadRepository {
  constructor(private readonly db: Db) {}

  /** Leads the principal may see, with owner and campaign names. */
  visible(principal: Principal) {
    return this.db
      .selectFrom('leads')
      .leftJoin('users as owner', 'owner.id', 'leads.owner_id')
      .leftJoin('campaigns as campaign', 'campaign.id', 'leads.campaign_id')
      .selectAll('leads')
      .select(['owner.name as owner_name', 'campaign.name as campaign_name'])
      .where(visibleTo(principal, 'leads.owner_id'));
  }

  /** Visible leads with only the named joins (selectJoining), for aggregates over many rows. */
  visibleJoining(principal: Principal, aliases: Iterable<string>) {
    return selectJoining(this.db, 'leads', JOINS, aliases).where(visibleTo(principal, 'leads.owner_id'));
  }

  findVisible(principal: Principal, id: string): Promise<LeadRow | undefined> {
    return this.visible(principal).where('leads.id', '=', id).executeTakeFirst();
  }

  async insert(row: Insertable<LeadsTable>): Promise<void> {
    await this.db.insertInto('leads').values(row).execute();
  }

  updateIfVersion(id: string, version: number, change: Updateable<LeadsTable>): Promise<boolean> {
    return updateIfVersion(this.db, 'leads', id, version, change);
  }

  async delete(ids: readonly string[]): Promise<void> {
    await this.db
      .deleteFrom('leads')
      .where('id', 'in', [...ids])
      .execute();
  }

  /** Of the given leads, those that opportunities or quotations point at (they cannot be deleted). */
  async inUse(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const [opportunities, quotations] = await Promise.all([
      this.db
        .selectFrom('opportunities')
        .select('lead_id')
        .where('lead_id', 'in', [...ids])
        .execute(),
      this.db
        .selectFrom('quotations')
        .select('lead_id')
        .where('lead_id', 'in', [...ids])
        .execute(),
    ]);
    return new Set([...opportunities, ...quotations].flatMap((row) => (row.lead_id ? [row.lead_id] : [])));
  }

  async campaignExists(id: string): Promise<boolean> {
    return !!(await this.db.selectFrom('campaigns').select('id').where('id', '=', id).executeTakeFirst());
  }

  async activeUserExists(id: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('users')
      .select('id')
      .where('id', '=', id)
      .where('active', '=', 1)
      .executeTakeFirst();
    return !!row;
  }
}
