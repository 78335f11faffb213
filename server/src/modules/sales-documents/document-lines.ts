import type { DocumentLine } from '@kontor/domain/sales-documents';
import { documentTotals, type LineItem, lineNetCents, type TaxRate } from '@kontor/domain/sales-totals';
import { type Kysely, sql, type Transaction } from 'kysely';
import { newId } from '../../platform/db/ids.js';
import { insertInChunks } from '../../platform/db/insert-chunks.js';
import type { Database } from '../../platform/db/schema.js';
import { invalidField } from '../../platform/http/problem.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The two line tables and the column naming each line's document. */
export type LineTable =
  | { table: 'quotation_lines'; parent: 'quotation_id' }
  | { table: 'sales_order_lines'; parent: 'order_id' };

export const QUOTATION_LINES: LineTable = { table: 'quotation_lines', parent: 'quotation_id' };
export const ORDER_LINES: LineTable = { table: 'sales_order_lines', parent: 'order_id' };

/** The stored totals of a document with these lines (domain/sales-totals.ts, the one money path). */
export function totalColumns(lines: readonly LineItem[]) {
  const totals = documentTotals(lines);
  return { net_cents: totals.netCents, tax_cents: totals.taxCents, gross_cents: totals.grossCents };
}

/** Replaces a document's lines as a whole: one delete, then insertLines. Returns the lines as stored. */
export async function replaceLines(
  trx: Transaction<Database>,
  target: LineTable,
  parentId: string,
  lines: readonly LineItem[],
): Promise<DocumentLine[]> {
  const table = target.table as 'quotation_lines';
  const parent = target.parent as 'quotation_id';
  await trx.deleteFrom(table).where(parent, '=', parentId).execute();
  return insertLines(trx, target, parentId, lines);
}

/**
 * Writes the lines of a document that has none yet in as few inserts as the parameter limits
 * allow (a 500-line quotation is one statement), each with its computed net; returns them as
 * stored, so the answer needs no second read.
 */
export async function insertLines(
  trx: Transaction<Database>,
  target: LineTable,
  parentId: string,
  lines: readonly LineItem[],
): Promise<DocumentLine[]> {
  const stored = lines.map((line, index) => ({
    ...line,
    id: newId(),
    position: index + 1,
    netCents: lineNetCents(line),
  }));
  // The parent column differs by table; both tables share every other column.
  const parent = target.parent as 'quotation_id';
  await insertInChunks(
    trx,
    target.table as 'quotation_lines',
    stored.map((line) => ({
      id: line.id,
      [parent]: parentId,
      position: line.position,
      product_id: line.productId,
      description: line.description,
      quantity_milli: line.quantityMilli,
      unit: line.unit,
      unit_price_cents: line.unitPriceCents,
      discount_basis_points: line.discountBasisPoints,
      tax_rate: line.taxRate,
      net_cents: line.netCents,
    })) as Parameters<typeof insertInChunks<'quotation_lines'>>[2],
  );
  return stored;
}

/** A line's columns a copy keeps as they are. */
const COPIED_COLUMNS = [
  'position',
  'product_id',
  'description',
  'quantity_milli',
  'unit',
  'unit_price_cents',
  'discount_basis_points',
  'tax_rate',
  'net_cents',
] as const;

/**
 * Copies a document's lines to another one (an order booked from a quotation, a new version) in
 * one statement, without reading them into the process: a 100-line copy took a read and an
 * insert of 1,100 parameters. Each copy's id is a fresh UUIDv7 whose last four digits are the
 * line's position (at most MAX_LINES, below 10,000): unique, and time-ordered like any other id.
 */
export async function copyLines(
  trx: Transaction<Database>,
  from: LineTable,
  fromId: string,
  to: LineTable,
  toId: string,
): Promise<void> {
  const base = newId().slice(0, 32);
  const padded = sql`'0000' || ${sql.ref('position')}`;
  await trx
    .insertInto(to.table as 'quotation_lines')
    .columns(['id', to.parent as 'quotation_id', ...COPIED_COLUMNS])
    .expression((eb) =>
      eb
        .selectFrom(from.table as 'quotation_lines')
        .select([
          sql<string>`${base} || substr(${padded}, length(${padded}) - 3, 4)`.as('id'),
          // Typed cast: PostgreSQL cannot infer the type of a bare parameter in a select list.
          sql<string>`cast(${toId} as text)`.as('parent'),
          ...COPIED_COLUMNS,
        ])
        .where(from.parent as 'quotation_id', '=', fromId),
    )
    .execute();
}

/** The lines of many documents in one query, in print order, grouped by document id. */
export async function linesOf(
  db: Db,
  target: LineTable,
  parentIds: readonly string[],
): Promise<Map<string, DocumentLine[]>> {
  const byParent = new Map<string, DocumentLine[]>();
  if (parentIds.length === 0) return byParent;
  const table = target.table as 'quotation_lines';
  const parent = target.parent as 'quotation_id';
  const rows = await db
    .selectFrom(table)
    .selectAll()
    .where(parent, 'in', [...parentIds])
    .orderBy(parent)
    .orderBy('position')
    .execute();
  for (const row of rows) {
    const owner = row[parent];
    const list = byParent.get(owner) ?? [];
    list.push({
      id: row.id,
      position: row.position,
      productId: row.product_id,
      description: row.description,
      quantityMilli: Number(row.quantity_milli),
      unit: row.unit,
      unitPriceCents: Number(row.unit_price_cents),
      discountBasisPoints: row.discount_basis_points,
      taxRate: row.tax_rate as TaxRate,
      netCents: Number(row.net_cents),
    });
    byParent.set(owner, list);
  }
  return byParent;
}

/** Every product a line names must exist (one query for all lines); the client sends the full line. */
export async function checkProducts(db: Db, lines: readonly LineItem[]): Promise<void> {
  const ids = [...new Set(lines.flatMap((line) => (line.productId ? [line.productId] : [])))];
  if (ids.length === 0) return;
  const found = await db.selectFrom('products').select('id').where('id', 'in', ids).execute();
  if (found.length === ids.length) return;
  const known = new Set(found.map((row) => row.id));
  const index = lines.findIndex((line) => line.productId !== null && !known.has(line.productId));
  throw invalidField(`lines.${index}.productId`, 'sales-unknown-product');
}
