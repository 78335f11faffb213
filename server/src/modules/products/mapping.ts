import { PRODUCT_TYPES, type Product, type ProductCategory } from '@kontor/domain/products';
import { storedEnum } from '../../platform/db/stored-enum.js';
import type { ProductCategoryRow, ProductRow } from './repository.js';

const typeOf = storedEnum(PRODUCT_TYPES, 'stockable');

export function toProduct(row: ProductRow, suppliers: { id: string; name: string }[]): Product {
  return {
    id: row.id,
    name: row.name,
    sku: row.sku,
    type: typeOf(row.type),
    categoryId: row.category_id,
    categoryName: row.category_name,
    unit: row.unit,
    listPriceCents: row.list_price_cents === null ? null : Number(row.list_price_cents),
    currency: row.currency,
    taxRate: row.tax_rate,
    suppliers,
    active: Number(row.active) === 1,
    description: row.description,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    version: row.version,
  };
}

export function toProductCategory(row: ProductCategoryRow): ProductCategory {
  return {
    id: row.id,
    name: row.name,
    parentId: row.parent_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
