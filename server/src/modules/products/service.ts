import type { BulkAction, ListQuery } from '@kontor/domain/fields';
import type { FieldChange } from '@kontor/domain/history';
import { foldGerman } from '@kontor/domain/normalize';
import { hasPermission } from '@kontor/domain/permissions';
import {
  type createProductCategorySchema,
  type createProductSchema,
  PRODUCT,
  type Product,
  type ProductCategory,
  type updateProductCategorySchema,
  type updateProductSchema,
} from '@kontor/domain/products';
import type { Language } from '@kontor/domain/users';
import type { Kysely, Transaction, Updateable } from 'kysely';
import type { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import type { Engine } from '../../platform/db/connection.js';
import { isUniqueViolation } from '../../platform/db/dialect/errors.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Database, ProductsTable } from '../../platform/db/schema.js';
import type { EventBus } from '../../platform/events/bus.js';
import { listFieldChanges, recordFieldChanges } from '../../platform/history/field-history.js';
import {
  AppError,
  conflict,
  forbidden,
  invalidField,
  notFound,
  staleVersion,
} from '../../platform/http/problem.js';
import { runList } from '../../platform/lists/run-list.js';
import { PRODUCT_COLUMNS } from './columns.js';
import { toProduct, toProductCategory } from './mapping.js';
import { ProductRepository, type ProductRow } from './repository.js';

type CreateInput = z.output<typeof createProductSchema>;
type UpdateInput = z.output<typeof updateProductSchema>;
type CreateCategoryInput = z.output<typeof createProductCategorySchema>;
type UpdateCategoryInput = z.output<typeof updateProductCategorySchema>;
type Db = Kysely<Database> | Transaction<Database>;

/** Products (M6): create, read, change, delete, list with filters, field history; their categories. */
export class ProductService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly events: EventBus,
  ) {}

  /** Keeps supplier links when organisations are merged (M4). */
  subscribe(events: EventBus): void {
    events.on('record.merged', async (trx, event) => {
      if (event.recordType === 'organization')
        await new ProductRepository(trx).moveSupplier(event.mergedId, event.keptId);
    });
  }

  async list(principal: Principal, query: ListQuery, language: Language) {
    const { rows, nextCursor } = await runList<ProductRow>(new ProductRepository(this.db).all(), {
      record: PRODUCT,
      columns: PRODUCT_COLUMNS,
      idColumn: 'products.id',
      query,
      engine: this.engine,
      language,
    });
    return { items: await this.withSuppliers(this.db, principal, rows), nextCursor };
  }

  async get(principal: Principal, id: string, db: Db = this.db): Promise<Product> {
    const row = await new ProductRepository(db).find(id);
    if (!row) throw notFound('product-not-found');
    const [product] = await this.withSuppliers(db, principal, [row]);
    return product as Product;
  }

  async create(principal: Principal, input: CreateInput): Promise<Product> {
    const id = newId();
    await this.writing(async (trx) => {
      const repository = new ProductRepository(trx);
      await this.checkReferences(repository, principal, input, undefined);
      const now = nowIso();
      await repository.insert({
        id,
        ...this.columnsOf(input),
        name: input.name,
        name_key: foldGerman(input.name),
        type: input.type,
        unit: input.unit,
        tax_rate: input.taxRate,
        active: input.active ? 1 : 0,
        currency: 'EUR',
        created_at: now,
        updated_at: now,
        created_by: principal.userId,
      });
      await repository.addSuppliers(id, input.supplierIds);
      await this.events.emit(trx, 'records.created', { recordType: PRODUCT.type, ids: [id] });
    });
    return this.get(principal, id);
  }

  async update(principal: Principal, id: string, input: UpdateInput): Promise<Product> {
    await this.writing(async (trx) => {
      const repository = new ProductRepository(trx);
      const current = await repository.find(id);
      if (!current) throw notFound('product-not-found');
      if (current.version !== input.version) throw staleVersion();
      const before = await this.get(principal, id, trx);
      await this.checkReferences(repository, principal, input, id);
      const change: Updateable<ProductsTable> = { ...this.columnsOf(input), updated_at: nowIso() };
      if (!(await repository.updateIfVersion(id, input.version, change))) throw staleVersion();
      if (input.supplierIds) await repository.replaceSuppliers(principal, id, input.supplierIds);
      const after = await this.get(principal, id, trx);
      await this.events.emit(trx, 'record.saved', { recordType: PRODUCT.type, id });
      await recordFieldChanges(trx, {
        recordType: PRODUCT.type,
        recordId: id,
        changedBy: principal.userId,
        before: historyView(before),
        after: historyView(after),
      });
    });
    return this.get(principal, id);
  }

  async delete(_principal: Principal, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const repository = new ProductRepository(trx);
      if (!(await repository.find(id))) throw notFound('product-not-found');
      await this.events.emit(trx, 'record.deleted', { recordType: PRODUCT.type, id });
      await repository.delete(id);
    });
  }

  /** Deletes many products at once, all or none; the only bulk action products have. */
  async bulk(principal: Principal, request: BulkAction): Promise<{ affected: number }> {
    if (request.action !== 'delete') throw invalidField('action', 'bulk-action-unsupported');
    if (!hasPermission(principal.permissions, 'products.delete')) throw forbidden();
    const ids = [...new Set(request.ids)];
    return this.db.transaction().execute(async (trx) => {
      const rows = await trx.selectFrom('products').select('id').where('id', 'in', ids).execute();
      if (rows.length !== ids.length) throw new AppError(404, 'records-not-found');
      const repository = new ProductRepository(trx);
      for (const { id } of rows) {
        await this.events.emit(trx, 'record.deleted', { recordType: PRODUCT.type, id });
        await repository.delete(id);
      }
      return { affected: rows.length };
    });
  }

  async history(principal: Principal, id: string): Promise<FieldChange[]> {
    await this.get(principal, id);
    return listFieldChanges(this.db, PRODUCT.type, id);
  }

  // Categories (a tree; listed flat with parentId, by name).

  async categories(): Promise<ProductCategory[]> {
    return (await new ProductRepository(this.db).categories()).map(toProductCategory);
  }

  async createCategory(principal: Principal, input: CreateCategoryInput): Promise<ProductCategory> {
    const id = newId();
    await this.db.transaction().execute(async (trx) => {
      const repository = new ProductRepository(trx);
      if (input.parentId && !(await repository.findCategory(input.parentId)))
        throw invalidField('parentId', 'unknown-product-category');
      const now = nowIso();
      await repository.insertCategory({
        id,
        name: input.name,
        name_key: foldGerman(input.name),
        parent_id: input.parentId,
        created_at: now,
        updated_at: now,
        created_by: principal.userId,
      });
    });
    return this.category(id);
  }

  async updateCategory(id: string, input: UpdateCategoryInput): Promise<ProductCategory> {
    await this.db.transaction().execute(async (trx) => {
      const repository = new ProductRepository(trx);
      const current = await repository.findCategory(id);
      if (!current) throw notFound('product-category-not-found');
      if (current.version !== input.version) throw staleVersion();
      if (input.parentId) {
        if (!(await repository.findCategory(input.parentId)))
          throw invalidField('parentId', 'unknown-product-category');
        if ((await repository.categoryAncestorsOf(input.parentId)).includes(id))
          throw conflict('product-category-cycle', [{ path: 'parentId', code: 'product-category-cycle' }]);
      }
      const change = {
        ...(input.name !== undefined ? { name: input.name, name_key: foldGerman(input.name) } : {}),
        ...(input.parentId !== undefined ? { parent_id: input.parentId } : {}),
        updated_at: nowIso(),
      };
      if (!(await repository.updateCategoryIfVersion(id, input.version, change))) throw staleVersion();
    });
    return this.category(id);
  }

  async deleteCategory(id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const repository = new ProductRepository(trx);
      if (!(await repository.findCategory(id))) throw notFound('product-category-not-found');
      if (await repository.categoryInUse(id)) throw conflict('product-category-in-use');
      await repository.deleteCategory(id);
    });
  }

  private async category(id: string): Promise<ProductCategory> {
    const row = await new ProductRepository(this.db).findCategory(id);
    if (!row) throw notFound('product-category-not-found');
    return toProductCategory(row);
  }

  /** A product write; a SKU taken meanwhile by a concurrent write is the same conflict as one checked. */
  private async writing(work: (trx: Transaction<Database>) => Promise<void>): Promise<void> {
    try {
      await this.db.transaction().execute(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('sku-taken', [{ path: 'sku', code: 'sku-taken' }]);
      throw error;
    }
  }

  private async withSuppliers(db: Db, principal: Principal, rows: ProductRow[]): Promise<Product[]> {
    const suppliers = await new ProductRepository(db).suppliersOf(
      principal,
      rows.map((row) => row.id),
    );
    return rows.map((row) => toProduct(row, suppliers.get(row.id) ?? []));
  }

  private async checkReferences(
    repository: ProductRepository,
    principal: Principal,
    input: Partial<CreateInput>,
    self: string | undefined,
  ): Promise<void> {
    const sku = emptyToNull(input.sku);
    if (sku && (await repository.skuTaken(sku, self)))
      throw conflict('sku-taken', [{ path: 'sku', code: 'sku-taken' }]);
    if (input.categoryId && !(await repository.findCategory(input.categoryId)))
      throw invalidField('categoryId', 'unknown-product-category');
    if (input.supplierIds) {
      const ids = [...new Set(input.supplierIds)];
      if ((await repository.countVisibleOrganizations(principal, ids)) !== ids.length)
        throw invalidField('supplierIds', 'unknown-supplier');
    }
  }

  /** The plain columns of a create or (partial) update input. */
  private columnsOf(input: Partial<CreateInput>): Updateable<ProductsTable> {
    const columns: Record<string, unknown> = {
      name: input.name,
      name_key: input.name === undefined ? undefined : foldGerman(input.name),
      sku: emptyToNull(input.sku),
      type: input.type,
      category_id: input.categoryId,
      unit: input.unit,
      list_price_cents: input.listPriceCents,
      tax_rate: input.taxRate,
      active: input.active === undefined ? undefined : input.active ? 1 : 0,
      description: emptyToNull(input.description),
    };
    return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
  }
}

/** The fields whose changes the history records (everything a user edits; not bookkeeping). */
function historyView(product: Product): object {
  const { id, createdAt, updatedAt, createdBy, version, categoryName, currency, suppliers, ...fields } =
    product;
  return { ...fields, suppliers: suppliers.map((s) => s.name) };
}

function emptyToNull(value: string | null | undefined): string | null | undefined {
  return value === '' ? null : value;
}
