import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleTo } from '../../platform/auth/visibility.js';
import { type Joins, selectJoining } from '../../platform/db/joining.js';
import { nameOf } from '../../platform/db/name-of.js';
import type { Database, QuotationsTable } from '../../platform/db/schema.js';
import { updateIfVersion } from '../../platform/db/versioned-update.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A quotation version with the names lists show and the id of the version that replaced it. */
export type QuotationRow = Selectable<QuotationsTable> & {
  organization_name: string | null;
  lead_name: string | null;
  contact_name: string | null;
  opportunity_name: string | null;
  owner_name: string | null;
  successor_id: string | null;
};

/** The records a quotation row names, by the alias its list columns use. */
const JOINS = {
  organization: ['organizations', 'organization_id'],
  lead: ['leads', 'lead_id'],
  contact: ['contacts', 'contact_id'],
  opportunity: ['opportunities', 'opportunity_id'],
  owner: ['users', 'owner_id'],
} as const satisfies Joins;

/** Quotations in SQL; visibility is by owner (own/team/all, X3). */
export class QuotationRepository {
  constructor(private readonly db: Db) {}

  /** Quotation versions the principal may see, with the names of customer, contact, opportunity and owner. */
  visible(principal: Principal) {
    return this.all().where(visibleTo(principal, 'quotations.owner_id'));
  }

  /** Visible versions with only the named joins (selectJoining), for aggregates over many rows. */
  visibleJoining(principal: Principal, aliases: Iterable<string>) {
    return selectJoining(this.db, 'quotations', JOINS, aliases).where(
      visibleTo(principal, 'quotations.owner_id'),
    );
  }

  /** One version whoever asks (the customer link has only its token's word). */
  find(id: string): Promise<QuotationRow | undefined> {
    return this.byId().where('quotations.id', '=', id).executeTakeFirst();
  }

  private all() {
    return this.db
      .selectFrom('quotations')
      .leftJoin('organizations as organization', 'organization.id', 'quotations.organization_id')
      .leftJoin('leads as lead', 'lead.id', 'quotations.lead_id')
      .leftJoin('contacts as contact', 'contact.id', 'quotations.contact_id')
      .leftJoin('opportunities as opportunity', 'opportunity.id', 'quotations.opportunity_id')
      .leftJoin('users as owner', 'owner.id', 'quotations.owner_id')
      .leftJoin('quotations as successor', 'successor.predecessor_id', 'quotations.id')
      .selectAll('quotations')
      .select([
        'organization.name as organization_name',
        'lead.name as lead_name',
        'contact.name as contact_name',
        'opportunity.name as opportunity_name',
        'owner.name as owner_name',
        'successor.id as successor_id',
      ]);
  }

  /** The row of `all` for reads by id, with the names as subqueries (nameOf says why). */
  private byId() {
    return this.db
      .selectFrom('quotations')
      .selectAll('quotations')
      .select((eb) => [
        nameOf('organizations', 'quotations.organization_id').as('organization_name'),
        nameOf('leads', 'quotations.lead_id').as('lead_name'),
        nameOf('contacts', 'quotations.contact_id').as('contact_name'),
        nameOf('opportunities', 'quotations.opportunity_id').as('opportunity_name'),
        nameOf('users', 'quotations.owner_id').as('owner_name'),
        eb
          .selectFrom('quotations as successor')
          .select('successor.id')
          .whereRef('successor.predecessor_id', '=', 'quotations.id')
          .limit(1)
          .as('successor_id'),
      ]);
  }

  findVisible(principal: Principal, id: string): Promise<QuotationRow | undefined> {
    return this.byId()
      .where(visibleTo(principal, 'quotations.owner_id'))
      .where('quotations.id', '=', id)
      .executeTakeFirst();
  }

  /** The stored row alone, without the names: what an action reads before it changes the version. */
  findVisibleStored(principal: Principal, id: string): Promise<Selectable<QuotationsTable> | undefined> {
    return this.db
      .selectFrom('quotations')
      .selectAll()
      .where(visibleTo(principal, 'quotations.owner_id'))
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** The visible ones of these ids (fewer when some are missing or hidden). */
  findVisibleMany(principal: Principal, ids: readonly string[]): Promise<QuotationRow[]> {
    return this.byId()
      .where(visibleTo(principal, 'quotations.owner_id'))
      .where('quotations.id', 'in', [...ids])
      .execute();
  }

  async insert(row: Insertable<QuotationsTable>): Promise<void> {
    await this.db.insertInto('quotations').values(row).execute();
  }

  updateIfVersion(id: string, version: number, change: Updateable<QuotationsTable>): Promise<boolean> {
    return updateIfVersion(this.db, 'quotations', id, version, change);
  }

  /** Deletes draft versions; lines, lost reasons and competitors go with them (cascade). */
  async delete(ids: readonly string[]): Promise<void> {
    await this.db
      .deleteFrom('quotation_lines')
      .where('quotation_id', 'in', [...ids])
      .execute();
    await this.db
      .deleteFrom('quotations')
      .where('id', 'in', [...ids])
      .execute();
  }

  /** Lost reasons and competitors of quotations, by quotation id. */
  async lostDetails(ids: readonly string[]) {
    const reasons = new Map<string, { id: string; name: string }[]>();
    const competitors = new Map<string, { id: string; name: string }[]>();
    if (ids.length === 0) return { reasons, competitors };
    const [reasonRows, competitorRows] = await Promise.all([
      this.db
        .selectFrom('quotation_lost_reasons as qr')
        .innerJoin('lost_reasons as r', 'r.id', 'qr.lost_reason_id')
        .select(['qr.quotation_id', 'r.id', 'r.name'])
        .where('qr.quotation_id', 'in', [...ids])
        .orderBy('r.position')
        .execute(),
      this.db
        .selectFrom('quotation_competitors as qc')
        .innerJoin('organizations as o', 'o.id', 'qc.organization_id')
        .select(['qc.quotation_id', 'o.id', 'o.name'])
        .where('qc.quotation_id', 'in', [...ids])
        .orderBy('o.name_key')
        .execute(),
    ]);
    for (const row of reasonRows) push(reasons, row.quotation_id, { id: row.id, name: row.name });
    for (const row of competitorRows) push(competitors, row.quotation_id, { id: row.id, name: row.name });
    return { reasons, competitors };
  }

  /** The booked or completed order of a quotation, if any. */
  liveOrderOf(quotationId: string) {
    return this.db
      .selectFrom('sales_orders')
      .select(['id', 'number', 'status'])
      .where('quotation_id', '=', quotationId)
      .where('status', 'in', ['booked', 'completed'])
      .executeTakeFirst();
  }

  async lineCount(quotationId: string): Promise<number> {
    const row = await this.db
      .selectFrom('quotation_lines')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('quotation_id', '=', quotationId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}
