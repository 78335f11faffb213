import { z } from 'zod';
import type { RecordTypeDef } from './fields.js';
import { versionSchema } from './records.js';
import { TAX_RATES, type TaxRate } from './sales-totals.js';

export const PRODUCT_TYPES = ['stockable', 'consumable', 'service', 'raw-material'] as const;
export const productTypeSchema = z.enum(PRODUCT_TYPES);
export type ProductType = z.infer<typeof productTypeSchema>;

/** Largest list price in cents: 100 million euros. */
export const MAX_LIST_PRICE_CENTS = 100_000_000_00;

/** Products (M6) as lists, filters, exports and history see them. */
export const PRODUCT: RecordTypeDef = {
  type: 'product',
  label: {
    singular: { de: 'Produkt', en: 'Product' },
    plural: { de: 'Produkte', en: 'Products' },
  },
  defaultSort: 'name',
  fields: [
    {
      key: 'name',
      kind: 'text',
      label: { de: 'Name', en: 'Name' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    {
      key: 'sku',
      kind: 'text',
      label: { de: 'Artikelnummer', en: 'SKU' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    {
      key: 'type',
      kind: 'enum',
      label: { de: 'Art', en: 'Type' },
      options: [
        { value: 'stockable', label: { de: 'Lagerartikel', en: 'Stockable' } },
        { value: 'consumable', label: { de: 'Verbrauchsartikel', en: 'Consumable' } },
        { value: 'service', label: { de: 'Dienstleistung', en: 'Service' } },
        { value: 'raw-material', label: { de: 'Rohstoff', en: 'Raw material' } },
      ],
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    {
      key: 'categoryName',
      kind: 'text',
      label: { de: 'Kategorie', en: 'Category' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    { key: 'unit', kind: 'text', label: { de: 'Einheit', en: 'Unit' }, sortable: true, filterable: true },
    {
      key: 'listPrice',
      kind: 'money',
      label: { de: 'Listenpreis', en: 'List price' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    {
      key: 'taxRate',
      kind: 'number',
      label: { de: 'Steuersatz (%)', en: 'Tax rate (%)' },
      sortable: true,
      filterable: true,
    },
    {
      key: 'active',
      kind: 'boolean',
      label: { de: 'Aktiv', en: 'Active' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    {
      key: 'createdAt',
      kind: 'datetime',
      label: { de: 'Angelegt', en: 'Created' },
      sortable: true,
      filterable: true,
    },
    {
      key: 'updatedAt',
      kind: 'datetime',
      label: { de: 'Geändert', en: 'Updated' },
      sortable: true,
      filterable: true,
    },
  ],
};

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const idSchema = z.string().min(1).max(64);

/** One of the VAT rates (19, 7, 0). */
export const taxRateSchema: z.ZodType<TaxRate> = z.literal(TAX_RATES);

const productFields = {
  name: z.string().trim().min(1).max(200),
  sku: optionalText(64),
  type: productTypeSchema,
  categoryId: idSchema.nullable(),
  unit: z.string().trim().min(1).max(20),
  listPriceCents: z.number().int().min(0).max(MAX_LIST_PRICE_CENTS).nullable(),
  taxRate: z.literal(TAX_RATES),
  supplierIds: z.array(idSchema).max(50),
  active: z.boolean(),
  description: optionalText(5000),
};

export const createProductSchema = z
  .object({
    ...productFields,
    type: productFields.type.default('stockable'),
    categoryId: productFields.categoryId.default(null),
    unit: productFields.unit.default('Stk'),
    listPriceCents: productFields.listPriceCents.default(null),
    taxRate: z.literal(TAX_RATES).default(19),
    supplierIds: productFields.supplierIds.default([]),
    active: productFields.active.default(true),
  })
  .strict();

export const updateProductSchema = z
  .object({
    version: versionSchema,
    ...Object.fromEntries(Object.entries(productFields).map(([k, v]) => [k, v.optional()])),
  })
  .strict() as z.ZodType<{ version: number } & Partial<z.output<z.ZodObject<typeof productFields>>>>;

export const productSchema = z.object({
  id: z.string(),
  name: z.string(),
  sku: z.string().nullable(),
  type: productTypeSchema,
  categoryId: z.string().nullable(),
  categoryName: z.string().nullable(),
  unit: z.string(),
  listPriceCents: z.number().nullable(),
  currency: z.string(),
  taxRate: z.number().int(),
  suppliers: z.array(z.object({ id: z.string(), name: z.string() })),
  active: z.boolean(),
  description: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  version: z.number().int(),
});
export type Product = z.infer<typeof productSchema>;

/** Product categories (M6): a tree, each with an optional parent. */
export const createProductCategorySchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    parentId: idSchema.nullable().default(null),
  })
  .strict();

export const updateProductCategorySchema = z
  .object({
    version: versionSchema,
    name: z.string().trim().min(1).max(120).optional(),
    parentId: idSchema.nullable().optional(),
  })
  .strict();

export const productCategorySchema = z.object({
  id: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ProductCategory = z.infer<typeof productCategorySchema>;
