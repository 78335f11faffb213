import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleTo } from '../../platform/auth/visibility.js';
import { type Joins, selectJoining } from '../../platform/db/joining.js';
import { nameOf } from '../../platform/db/name-of.js';
import type { Database, SalesOrdersTable } from '../../platform/db/schema.js';
import { updateIfVersion } from '../../platform/db/versioned-update.js';

type Db = Kysely<Database> | Transaction<Database>;

/** An order with the names lists show and the printed number of its quotation. */
export type SalesOrderRow = Selectable<SalesOrdersTable> & {
  organization_name: string | null;
  contact_name: string | null;
  opportunity_name: string | null;
  owner_name: string | null;
  quotation_number: string | null;
  quotation_revision: number | null;
};

/** The records an order row names, by the alias its list columns use. */
const JOINS = {
  organization: ['organizations', 'organization_id'],
  contact: ['contacts', 'contact_id'],
  opportunity: ['opportunities', 'opportunity_id'],
  owner: ['users', 'owner_id'],
  quotation: ['quotations', 'quotation_id'],
} as const satisfies Joins;

/** Sales orders in SQL; visibility is by owner (own/team/all, X3). */
export class SalesOrderRepository {
  constructor(private readonly db: Db) {}

  visible(principal: Principal) {
    return this.db
      .selectFrom('sales_orders')
      .leftJoin('organizations as organization', 'organization.id', 'sales_orders.organization_id')
      .leftJoin('contacts as contact', 'contact.id', 'sales_orders.contact_id')
      .leftJoin('opportunities as opportunity', 'opportunity.id', 'sales_orders.opportunity_id')
      .leftJoin('users as owner', 'owner.id', 'sales_orders.owner_id')
      .leftJoin('quotations as quotation', 'quotation.id', 'sales_orders.quotation_id')
      .selectAll('sales_orders')
      .select([
        'organization.name as organization_name',
        'contact.name as contact_name',
        'opportunity.name as opportunity_name',
        'owner.name as owner_name',
        'quotation.number as quotation_number',
        'quotation.revision as quotation_revision',
      ])
      .where(visibleTo(principal, 'sales_orders.owner_id'));
  }

  /** Visible orders with only the named joins (selectJoining), for aggregates over many rows. */
  visibleJoining(principal: Principal, aliases: Iterable<string>) {
    return selectJoining(this.db, 'sales_orders', JOINS, aliases).where(
      visibleTo(principal, 'sales_orders.owner_id'),
    );
  }

  findVisible(principal: Principal, id: string): Promise<SalesOrderRow | undefined> {
    return this.visibleById(principal).where('sales_orders.id', '=', id).executeTakeFirst();
  }

  /** The visible ones of these ids (fewer when some are missing or hidden). */
  findVisibleMany(principal: Principal, ids: readonly string[]): Promise<SalesOrderRow[]> {
    return this.visibleById(principal)
      .where('sales_orders.id', 'in', [...ids])
      .execute();
  }

  /** The rows of `visible` for reads by id, with the names as subqueries (nameOf says why). */
  private visibleById(principal: Principal) {
    return this.db
      .selectFrom('sales_orders')
      .leftJoin('quotations as quotation', 'quotation.id', 'sales_orders.quotation_id')
      .selectAll('sales_orders')
      .select([
        nameOf('organizations', 'sales_orders.organization_id').as('organization_name'),
        nameOf('contacts', 'sales_orders.contact_id').as('contact_name'),
        nameOf('opportunities', 'sales_orders.opportunity_id').as('opportunity_name'),
        nameOf('users', 'sales_orders.owner_id').as('owner_name'),
        'quotation.number as quotation_number',
        'quotation.revision as quotation_revision',
      ])
      .where(visibleTo(principal, 'sales_orders.owner_id'));
  }

  async insert(row: Insertable<SalesOrdersTable>): Promise<void> {
    await this.db.insertInto('sales_orders').values(row).execute();
  }

  updateIfVersion(id: string, version: number, change: Updateable<SalesOrdersTable>): Promise<boolean> {
    return updateIfVersion(this.db, 'sales_orders', id, version, change);
  }

  async delete(ids: readonly string[]): Promise<void> {
    await this.db
      .deleteFrom('sales_order_lines')
      .where('order_id', 'in', [...ids])
      .execute();
    await this.db
      .deleteFrom('sales_orders')
      .where('id', 'in', [...ids])
      .execute();
  }
}
