import {
  type Insertable,
  type Kysely,
  type Selectable,
  sql,
  type Transaction,
  type Updateable,
} from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { Engine } from '../../platform/db/connection.js';
import type { Database, OrganizationsTable } from '../../platform/db/schema.js';
import { updateIfVersion } from '../../platform/db/versioned-update.js';
import { addressService } from '../addresses/service.js';

type Db = Kysely<Database> | Transaction<Database>;
export type OrganizationRow = Selectable<OrganizationsTable> & {
  owner_name: string | null;
  parent_name: string | null;
};

export type WholeOrganizationRow = OrganizationRow & { addresses_json: unknown };

export class OrganizationRepository {
  constructor(private readonly db: Db) {}

  /** Organisations the principal may see, with owner and parent names, ready for lists and detail. */
  visible(principal: Principal) {
    return this.db
      .selectFrom('organizations')
      .leftJoin('users as owner', 'owner.id', 'organizations.owner_id')
      .leftJoin('organizations as parent', 'parent.id', 'organizations.parent_id')
      .selectAll('organizations')
      .select(['owner.name as owner_name', 'parent.name as parent_name'])
      .where(visibleTo(principal, 'organizations.owner_id'));
  }

  /** visible() with the addresses as a JSON column, for reading single records. */
  visibleWithAddresses(principal: Principal, engine: Engine) {
    return this.visible(principal).select(this.addressColumn(engine, 'organizations'));
  }

  /** The addresses of the organisations of a query over `table` (or a page of it) as JSON. */
  addressColumn(engine: Engine, table: string) {
    return addressService
      .jsonOf(this.db, engine, 'organization', sql.ref<string>(`${table}.id`))
      .as('addresses_json');
  }

  findVisible(principal: Principal, id: string): Promise<OrganizationRow | undefined> {
    return this.visible(principal).where('organizations.id', '=', id).executeTakeFirst();
  }

  async insert(row: Insertable<OrganizationsTable>): Promise<void> {
    await this.db.insertInto('organizations').values(row).execute();
  }

  updateIfVersion(id: string, version: number, change: Updateable<OrganizationsTable>): Promise<boolean> {
    return updateIfVersion(this.db, 'organizations', id, version, change);
  }

  async delete(id: string): Promise<void> {
    await this.db
      .deleteFrom('addresses')
      .where('owner_type', '=', 'organization')
      .where('owner_id', '=', id)
      .execute();
    await this.db.deleteFrom('organizations').where('id', '=', id).execute();
  }

  /** The ids of an organisation and all its ancestors, nearest first (for the no-cycles rule). */
  async ancestorsOf(id: string): Promise<string[]> {
    // Depth bound: whatever the data, the recursion cannot run away.
    const result = await sql<{ id: string }>`
      with recursive chain(id, parent_id, depth) as (
        select id, parent_id, 0 from organizations where id = ${id}
        union all
        select o.id, o.parent_id, chain.depth + 1 from organizations o
        join chain on o.id = chain.parent_id
        where chain.depth < 1000
      )
      select id from chain order by depth`.execute(this.db);
    return result.rows.map((row) => row.id);
  }

  async existsUser(id: string): Promise<boolean> {
    return !!(await this.db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst());
  }
}
