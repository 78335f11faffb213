// The product catalogue of the report data: a category tree (main groups with their
// subgroups) and a few hundred products in its leaves, column for column as the product and
// category services write them — so sales by product and by category (R8) have real groups.
import { foldGerman } from '@kontor/domain/normalize';
import type { ProductType } from '@kontor/domain/products';
import { newId } from '@kontor/server/src/platform/db/ids.ts';
import { bigint, int, text } from './column-kit.ts';
import type { QuotedProduct } from './quotation-rows.ts';
import type { Random } from './random.ts';
import type { Layout, Value } from './tables.ts';

/** Main groups, their subgroups, and what a product of the group is (type, unit, VAT, price range in €). */
const GROUPS: readonly {
  name: string;
  subgroups: readonly string[];
  type: ProductType;
  unit: string;
  taxRate: 19 | 7;
  euros: readonly [number, number];
}[] = [
  {
    name: 'Heizungstechnik',
    subgroups: ['Brenner', 'Wärmepumpen', 'Heizkörper', 'Regelung'],
    type: 'stockable',
    unit: 'Stk',
    taxRate: 19,
    euros: [80, 14_000],
  },
  {
    name: 'Kältetechnik',
    subgroups: ['Kühlzellen', 'Verdichter', 'Kältemittel'],
    type: 'stockable',
    unit: 'Stk',
    taxRate: 19,
    euros: [40, 22_000],
  },
  {
    name: 'Dienstleistungen',
    subgroups: ['Wartung', 'Montage', 'Beratung', 'Schulung', 'Notdienst'],
    type: 'service',
    unit: 'Std.',
    taxRate: 19,
    euros: [55, 180],
  },
  {
    name: 'Verbrauchsmaterial',
    subgroups: ['Filter', 'Dichtungen', 'Reinigungsmittel', 'Schmierstoffe'],
    type: 'consumable',
    unit: 'Pck',
    taxRate: 19,
    euros: [3, 120],
  },
  {
    name: 'Fachliteratur',
    subgroups: ['Normen', 'Handbücher'],
    type: 'consumable',
    unit: 'Stk',
    taxRate: 7,
    euros: [15, 240],
  },
  {
    name: 'Rohstoffe',
    subgroups: ['Kupferrohr', 'Stahlblech', 'Dämmstoffe'],
    type: 'raw-material',
    unit: 'kg',
    taxRate: 19,
    euros: [2, 60],
  },
];
const MODELS = ['Basis', 'Plus', 'Pro', 'Kompakt', 'XL', 'Eco', 'Premium', 'Industrie'];

export type CatalogTable = 'product_categories' | 'products';

/**
 * Writes the tree and `count` products (spread over the subgroups) through `add`, main groups
 * before their subgroups; returns the products for quotation lines.
 */
export function writeCatalog(
  random: Random,
  add: (table: CatalogTable, row: Value[]) => void,
  context: { count: number; createdBy: string; now: number },
): QuotedProduct[] {
  const stamp = new Date(context.now - 800 * 86_400_000).toISOString();
  const category = (name: string, parentId: string | null) => {
    const id = newId();
    add('product_categories', [id, name, foldGerman(name), parentId, stamp, stamp, context.createdBy, 1]);
    return id;
  };
  const leaves = GROUPS.flatMap((group) => {
    const parentId = category(group.name, null);
    return group.subgroups.map((name) => ({ group, name, id: category(name, parentId) }));
  });
  const products: QuotedProduct[] = [];
  for (let n = 1; n <= context.count; n++) {
    const leaf = leaves[n % leaves.length] ?? leaves[0];
    if (!leaf) break;
    const { group } = leaf;
    const name = `${leaf.name} ${random.pick(MODELS)} ${n}`;
    const listPriceCents = random.int(group.euros[0], group.euros[1]) * 100;
    const id = newId();
    add('products', [
      id,
      name,
      foldGerman(name),
      `ART-${String(n).padStart(5, '0')}`,
      group.type,
      leaf.id,
      group.unit,
      listPriceCents,
      'EUR',
      group.taxRate,
      random.chance(0.95) ? 1 : 0,
      null,
      stamp,
      stamp,
      context.createdBy,
      1,
    ]);
    products.push({ id, name, unit: group.unit, listPriceCents, taxRate: group.taxRate });
  }
  return products;
}

export const CATALOG_LAYOUT: Layout<CatalogTable> = {
  columns: {
    product_categories: [
      ...['id', 'name', 'name_key', 'parent_id', 'created_at', 'updated_at', 'created_by'].map(text),
      int('version'),
    ],
    products: [
      ...['id', 'name', 'name_key', 'sku', 'type', 'category_id', 'unit'].map(text),
      bigint('list_price_cents'),
      text('currency'),
      int('tax_rate'),
      int('active'),
      ...['description', 'created_at', 'updated_at', 'created_by'].map(text),
      int('version'),
    ],
  },
  order: ['product_categories', 'products'],
};
