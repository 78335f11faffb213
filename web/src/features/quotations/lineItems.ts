import type { DocumentLine } from '@kontor/domain/sales-documents';
import {
  type DocumentTotals,
  documentTotals,
  formatPercent,
  formatQuantity,
  type LineItem,
  lineItemSchema,
  lineNetCents,
  MAX_DISCOUNT_BASIS_POINTS,
  MAX_LINE_AMOUNT_CENTS,
  MAX_LINES,
  MAX_QUANTITY_MILLI,
  MAX_UNIT_PRICE_CENTS,
  type NumberLanguage,
  parsePercent,
  parseQuantity,
  TAX_RATES,
  type TaxRate,
} from '@kontor/domain/sales-totals';
import { centsToEuros, eurosToCents } from '../../ui/money';

// The positions of a quotation or order as the editor holds them: every cell as typed, so a
// half-typed "1," stays on screen; the line items the API takes are parsed from them with the
// same bounds lineItemSchema checks, and the totals come from the same documentTotals the
// server stores and prints.

/** One position in the editor. */
export interface LineRow {
  /** Identifies the row across moves (React key, focus); never sent. */
  key: string;
  productId: string | null;
  description: string;
  /** "1,5" (de) or "1.5" (en). */
  quantity: string;
  unit: string;
  /** Euros as the money input holds them: a number, or '' when empty. */
  unitPrice: number | string;
  /** Percent as typed, '' for none. */
  discount: string;
  /** '19', '7' or '0': select values are text. */
  taxRate: string;
}

/** The cells of a row that can be wrong, in the order they appear. */
export const LINE_FIELDS = ['description', 'quantity', 'unit', 'unitPrice', 'discount', 'taxRate'] as const;
export type LineField = (typeof LINE_FIELDS)[number];

/** What is wrong with a row, as i18n keys by cell. */
export type LineErrors = Partial<Record<LineField, string>>;

/** The unit of a new free-text position. */
export const DEFAULT_UNIT = 'Stk';

let nextKey = 0;
const newKey = () => `line-${++nextKey}`;

/** A new empty position: one piece at the regular rate. */
export function emptyRow(language: NumberLanguage): LineRow {
  return {
    key: newKey(),
    productId: null,
    description: '',
    quantity: formatQuantity(1000, language),
    unit: DEFAULT_UNIT,
    unitPrice: '',
    discount: '',
    taxRate: '19',
  };
}

/** A stored line (or line item) back as the editor shows it. */
export function rowOf(line: LineItem | DocumentLine, language: NumberLanguage): LineRow {
  return {
    key: newKey(),
    productId: line.productId,
    description: line.description,
    quantity: formatQuantity(line.quantityMilli, language),
    unit: line.unit,
    unitPrice: centsToEuros(line.unitPriceCents),
    discount: line.discountBasisPoints > 0 ? formatPercent(line.discountBasisPoints, language) : '',
    taxRate: String(line.taxRate),
  };
}

/** What a picked product brings into a row: its name, unit, list price and tax rate; quantity and discount stay. */
export interface ProductChoice {
  id: string;
  name: string;
  unit: string;
  listPriceCents: number | null;
  taxRate: number;
}

export function withProduct(row: LineRow, product: ProductChoice): LineRow {
  return {
    ...row,
    productId: product.id,
    description: product.name,
    unit: product.unit,
    // A product without list price keeps what was typed: the price is agreed per quotation.
    unitPrice: product.listPriceCents === null ? row.unitPrice : centsToEuros(product.listPriceCents),
    taxRate: TAX_RATES.includes(product.taxRate as TaxRate) ? String(product.taxRate) : row.taxRate,
  };
}

/** A row nobody has started: no product, no text, no price. It is left out when saving. */
export function isBlank(row: LineRow): boolean {
  return row.productId === null && row.description.trim() === '' && row.unitPrice === '';
}

/** The row as a line item, or what is wrong with it (i18n keys under `lineItems.errors`). */
export function parseRow(
  row: LineRow,
  language: NumberLanguage,
): { ok: true; line: LineItem } | { ok: false; errors: LineErrors } {
  const errors: LineErrors = {};
  const description = row.description.trim();
  if (!description) errors.description = 'lineItems.errors.description';
  else if (description.length > 2000) errors.description = 'lineItems.errors.descriptionTooLong';

  const quantityMilli = parseQuantity(row.quantity, language);
  if (quantityMilli === null) errors.quantity = 'lineItems.errors.quantity';
  else if (quantityMilli <= 0) errors.quantity = 'lineItems.errors.quantityPositive';
  else if (quantityMilli > MAX_QUANTITY_MILLI) errors.quantity = 'lineItems.errors.quantityTooLarge';

  const unit = row.unit.trim();
  if (!unit) errors.unit = 'lineItems.errors.unit';
  else if (unit.length > 20) errors.unit = 'lineItems.errors.unitTooLong';

  const unitPriceCents = eurosToCents(row.unitPrice);
  if (unitPriceCents === null) errors.unitPrice = 'lineItems.errors.price';
  else if (!(unitPriceCents >= 0 && unitPriceCents <= MAX_UNIT_PRICE_CENTS))
    errors.unitPrice = 'lineItems.errors.priceRange';

  const discountBasisPoints = row.discount.trim() === '' ? 0 : parsePercent(row.discount, language);
  if (
    discountBasisPoints === null ||
    discountBasisPoints < 0 ||
    discountBasisPoints > MAX_DISCOUNT_BASIS_POINTS
  )
    errors.discount = 'lineItems.errors.discount';

  const taxRate = Number(row.taxRate);
  if (!TAX_RATES.includes(taxRate as TaxRate)) errors.taxRate = 'lineItems.errors.taxRate';

  if (
    errors.quantity === undefined &&
    errors.unitPrice === undefined &&
    quantityMilli !== null &&
    unitPriceCents !== null &&
    BigInt(quantityMilli) * BigInt(unitPriceCents) > BigInt(MAX_LINE_AMOUNT_CENTS) * 1000n
  ) {
    errors.quantity = 'lineItems.errors.amountTooLarge';
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // The schema's own check stays the last word, so the editor never sends what the server refuses.
  const parsed = lineItemSchema.safeParse({
    productId: row.productId,
    description,
    quantityMilli,
    unit,
    unitPriceCents,
    discountBasisPoints,
    taxRate,
  });
  return parsed.success
    ? { ok: true, line: parsed.data }
    : { ok: false, errors: { quantity: 'lineItems.errors.amountTooLarge' } };
}

/** The line items of all rows that are not blank, or null while any of them has an error. */
export function lineItemsOf(rows: readonly LineRow[], language: NumberLanguage): LineItem[] | null {
  const lines: LineItem[] = [];
  for (const row of rows) {
    if (isBlank(row)) continue;
    const parsed = parseRow(row, language);
    if (!parsed.ok) return null;
    lines.push(parsed.line);
  }
  return lines;
}

/** Errors of every row that is not blank, keyed as form paths (`lines.2.quantity`) with i18n keys. */
export function lineErrors(rows: readonly LineRow[], language: NumberLanguage): Record<string, string> {
  const errors: Record<string, string> = {};
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    const parsed = parseRow(row, language);
    if (parsed.ok) return;
    for (const [field, key] of Object.entries(parsed.errors)) errors[`lines.${index}.${field}`] = key;
  });
  if (rows.filter((row) => !isBlank(row)).length > MAX_LINES) errors.lines = 'lineItems.errors.tooMany';
  return errors;
}

/** Each row's net (null while it cannot be computed) and the totals of all rows that can. */
export function editorTotals(
  rows: readonly LineRow[],
  language: NumberLanguage,
): { nets: (number | null)[]; totals: DocumentTotals } {
  const lines: LineItem[] = [];
  const nets = rows.map((row) => {
    const parsed = parseRow(row, language);
    if (!parsed.ok) return null;
    lines.push(parsed.line);
    return lineNetCents(parsed.line);
  });
  return { nets, totals: documentTotals(lines) };
}

/** Where a server error on `lines.N.<api field>` belongs in the editor, given blank rows were left out. */
export function editorPathOf(path: string, rows: readonly LineRow[]): string {
  const match = /^lines\.(\d+)\.(\w+)$/.exec(path);
  if (!match) return path;
  const sent = rows.map((row, index) => ({ row, index })).filter(({ row }) => !isBlank(row));
  const index = sent[Number(match[1])]?.index ?? Number(match[1]);
  const field = API_FIELDS[match[2] ?? ''] ?? match[2];
  return `lines.${index}.${field}`;
}

const API_FIELDS: Record<string, LineField> = {
  quantityMilli: 'quantity',
  unitPriceCents: 'unitPrice',
  discountBasisPoints: 'discount',
};

/** A new empty row after `index` (at the end by default), unless the document is full. */
export function addRow(
  rows: readonly LineRow[],
  language: NumberLanguage,
  index = rows.length - 1,
): LineRow[] {
  if (rows.length >= MAX_LINES) return [...rows];
  const next = [...rows];
  next.splice(index + 1, 0, emptyRow(language));
  return next;
}

export function removeRow(rows: readonly LineRow[], index: number): LineRow[] {
  return rows.filter((_, i) => i !== index);
}

/** The rows with the one at `index` moved by `delta` places; unchanged at either end. */
export function moveRow(rows: readonly LineRow[], index: number, delta: -1 | 1): LineRow[] {
  const target = index + delta;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(target, 0, moved);
  return next;
}
