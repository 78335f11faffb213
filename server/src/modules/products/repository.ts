import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import { sql } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { visibleTo } from '../../platform/auth/visibility.js';
import type { Database, ProductCategoriesTable, ProductsTable } from '../../platform/db/schema.js';
import { updateIfVersion } from '../../platform/db/versioned-update.js';

type Db = Kysely<Database> | Transaction<Database>;
export type ProductRow = Selectable<ProductsTable> & { category_name: string | null };
export type ProductCategoryRow = Selectable<ProductCategoriesTable>;

/** Products and their categories and suppliers in SQL; the catalogue is the whole company's. */
export class ProductRepository {
  constructor(private readonly db: Db) {}

  /** Products with their category's name, ready for lists and detail. */
  all() {
    return this.db
      .selectFrom('products')
      .leftJoin('product_categories as category', 'category.id', 'products.category_id')
      .selectAll('products')
      .select('category.name as category_name');
  }

  find(id: string): Promise<ProductRow | undefined> {
    return this.all().where('products.id', '=', id).executeTakeFirst();
  }

  async insert(row: Insertable<ProductsTable>): Promise<void> {
    await this.db.insertInto('products').values(row).execute();
  }

  updateIfVersion(id: string, version: number, change: Updateable<ProductsTable>): Promise<boolean> {
    return updateIfVersion(this.db, 'products', id, version, change);
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('product_suppliers').where('product_id', '=', id).execute();
    await this.db.deleteFrom('products').where('id', '=', id).execute();
  }

  /** Another product than `except` that carries this SKU. */
  async skuTaken(sku: string, except?: string): Promise<boolean> {
    let query = this.db.selectFrom('products').select('id').where('sku', '=', sku);
    if (except) query = query.where('id', '!=', except);
    return !!(await query.executeTakeFirst());
  }

  /** The suppliers (organisations the principal may see) of the given products, by name. */
  async suppliersOf(
    principal: Principal,
    productIds: readonly string[],
  ): Promise<Map<string, { id: string; name: string }[]>> {
    const result = new Map<string, { id: string; name: string }[]>();
    if (productIds.length === 0) return result;
    const rows = await this.db
      .selectFrom('product_suppliers')
      .innerJoin('organizations', 'organizations.id', 'product_suppliers.organization_id')
      .select(['product_suppliers.product_id', 'organizations.id', 'organizations.name'])
      .where('product_suppliers.product_id', 'in', [...productIds])
      .where(visibleTo(principal, 'organizations.owner_id'))
      .orderBy('organizations.name_key')
      .orderBy('organizations.id')
      .execute();
    for (const row of rows) {
      const list = result.get(row.product_id) ?? [];
      list.push({ id: row.id, name: row.name });
      result.set(row.product_id, list);
    }
    return result;
  }

  /** How many of these organisations the principal may see. */
  async countVisibleOrganizations(principal: Principal, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const row = await this.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('id', 'in', [...ids])
      .where(visibleTo(principal, 'organizations.owner_id'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Sets a product's suppliers as the principal sees them: links to organisations hidden from
   * the principal stay, as the principal could neither see nor choose them.
   */
  async replaceSuppliers(principal: Principal, productId: string, organizationIds: readonly string[]) {
    const visibleLinks = await this.db
      .selectFrom('product_suppliers')
      .innerJoin('organizations', 'organizations.id', 'product_suppliers.organization_id')
      .select('organizations.id')
      .where('product_suppliers.product_id', '=', productId)
      .where(visibleTo(principal, 'organizations.owner_id'))
      .execute();
    if (visibleLinks.length > 0)
      await this.db
        .deleteFrom('product_suppliers')
        .where('product_id', '=', productId)
        .where(
          'organization_id',
          'in',
          visibleLinks.map((link) => link.id),
        )
        .execute();
    await this.addSuppliers(productId, organizationIds);
  }

  async addSuppliers(productId: string, organizationIds: readonly string[]): Promise<void> {
    const ids = [...new Set(organizationIds)];
    if (ids.length === 0) return;
    await this.db
      .insertInto('product_suppliers')
      .values(ids.map((organization_id) => ({ product_id: productId, organization_id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  /** Moves the supplier links of a merged-away organisation to the kept one. */
  async moveSupplier(fromId: string, toId: string): Promise<void> {
    await sql`insert into product_suppliers (product_id, organization_id)
      select product_id, ${toId} from product_suppliers where organization_id = ${fromId}
      on conflict do nothing`.execute(this.db);
    await this.db.deleteFrom('product_suppliers').where('organization_id', '=', fromId).execute();
  }

  // Categories.

  categories(): Promise<ProductCategoryRow[]> {
    return this.db.selectFrom('product_categories').selectAll().orderBy('name_key').orderBy('id').execute();
  }

  findCategory(id: string): Promise<ProductCategoryRow | undefined> {
    return this.db.selectFrom('product_categories').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insertCategory(row: Insertable<ProductCategoriesTable>): Promise<void> {
    await this.db.insertInto('product_categories').values(row).execute();
  }

  updateCategoryIfVersion(
    id: string,
    version: number,
    change: Updateable<ProductCategoriesTable>,
  ): Promise<boolean> {
    return updateIfVersion(this.db, 'product_categories', id, version, change);
  }

  /** The ids of a category and all its ancestors, nearest first (for the no-cycles rule). */
  async categoryAncestorsOf(id: string): Promise<string[]> {
    const result = await sql<{ id: string }>`
      with recursive chain(id, parent_id, depth) as (
        select id, parent_id, 0 from product_categories where id = ${id}
        union all
        select c.id, c.parent_id, chain.depth + 1 from product_categories c
        join chain on c.id = chain.parent_id
        where chain.depth < 1000
      )
      select id from chain order by depth`.execute(this.db);
    return result.rows.map((row) => row.id);
  }

  /** True while products or child categories use the category. */
  async categoryInUse(id: string): Promise<boolean> {
    const product = await this.db
      .selectFrom('products')
      .select('id')
      .where('category_id', '=', id)
      .executeTakeFirst();
    if (product) return true;
    const child = await this.db
      .selectFrom('product_categories')
      .select('id')
      .where('parent_id', '=', id)
      .executeTakeFirst();
    return !!child;
  }

  async deleteCategory(id: string): Promise<void> {
    await this.db.deleteFrom('product_categories').where('id', '=', id).execute();
  }
}
