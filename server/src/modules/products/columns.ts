import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { PRODUCT } from '@kontor/domain/products';
import type { ListColumns } from '../../platform/lists/columns.js';

function field(key: string): FieldDef {
  const found = fieldOf(PRODUCT, key);
  if (!found) throw new Error(`product field ${key} is not declared`);
  return found;
}

/** Where each declared product field lives in SQL, for lists and filters. */
export const PRODUCT_COLUMNS: ListColumns = {
  name: { field: field('name'), column: 'products.name', keyColumn: 'products.name_key', notNull: true },
  sku: { field: field('sku'), column: 'products.sku' },
  type: { field: field('type'), column: 'products.type' },
  categoryName: { field: field('categoryName'), column: 'category.name', keyColumn: 'category.name_key' },
  unit: { field: field('unit'), column: 'products.unit' },
  listPrice: { field: field('listPrice'), column: 'products.list_price_cents' },
  taxRate: { field: field('taxRate'), column: 'products.tax_rate' },
  active: { field: field('active'), column: 'products.active' },
  createdAt: { field: field('createdAt'), column: 'products.created_at', notNull: true },
  updatedAt: { field: field('updatedAt'), column: 'products.updated_at', notNull: true },
};
