import { z } from 'zod';

// Money math of quotation and order lines (S3, S4). Amounts are integer cents, quantities
// integer thousandths, discounts basis points; intermediate products are BigInt, so nothing
// on the money path is ever a float. Each line is rounded once, VAT once per rate.

/** The German VAT rates a line may carry, highest first (regular, reduced, zero). */
export const TAX_RATES = [19, 7, 0] as const;

/** One of the VAT rates in percent. */
export type TaxRate = (typeof TAX_RATES)[number];

/** Most lines one quotation or order may hold. */
export const MAX_LINES = 500;

/** Largest quantity in thousandths: one million units. */
export const MAX_QUANTITY_MILLI = 1_000_000_000;

/** Largest unit price in cents: 100 million euros. */
export const MAX_UNIT_PRICE_CENTS = 100_000_000_00;

/**
 * Largest quantity × unit price of one line, in cents (100 billion euros). With MAX_LINES lines
 * and 19 % VAT the gross total stays below Number.MAX_SAFE_INTEGER (500 × 10¹³ × 1.19 ≈ 6·10¹⁵).
 */
export const MAX_LINE_AMOUNT_CENTS = 10_000_000_000_000;

/** Largest discount in basis points: 100.00 %. */
export const MAX_DISCOUNT_BASIS_POINTS = 10_000;

/** One line of a quotation or order as the client sends it. */
export const lineItemSchema = z
  .object({
    productId: z.string().min(1).max(64).nullable(),
    description: z.string().trim().min(1).max(2000),
    quantityMilli: z.number().int().min(1).max(MAX_QUANTITY_MILLI),
    unit: z.string().trim().min(1).max(20),
    unitPriceCents: z.number().int().min(0).max(MAX_UNIT_PRICE_CENTS),
    discountBasisPoints: z.number().int().min(0).max(MAX_DISCOUNT_BASIS_POINTS),
    taxRate: z.literal(TAX_RATES),
  })
  .refine(
    (line) =>
      BigInt(line.quantityMilli) * BigInt(line.unitPriceCents) <= BigInt(MAX_LINE_AMOUNT_CENTS) * 1000n,
    { message: 'Line amount too large', path: ['quantityMilli'] },
  );

/** The lines of one document: at most MAX_LINES. */
export const lineItemsSchema = z.array(lineItemSchema).max(MAX_LINES);

/** A validated line item. */
export type LineItem = z.output<typeof lineItemSchema>;

/** A line item before validation. */
export type LineItemInput = z.input<typeof lineItemSchema>;

/** The part of a line the money math reads. */
export type LineAmounts = Pick<
  LineItem,
  'quantityMilli' | 'unitPriceCents' | 'discountBasisPoints' | 'taxRate'
>;

/** Net, VAT and gross of one tax rate, in cents. */
export interface RateTotals {
  rate: TaxRate;
  netCents: number;
  taxCents: number;
  grossCents: number;
}

/** Net, VAT and gross of a whole document, with the breakdown per tax rate. */
export interface DocumentTotals {
  netCents: number;
  taxCents: number;
  grossCents: number;
  byRate: RateTotals[];
}

/** Rounds numerator / denominator to an integer, half away from zero ("kaufmännisch"). */
export function roundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * n + d) / (2n * d);
  return negative ? -rounded : rounded;
}

/** Net of one line in cents: quantity × unit price × (1 − discount), rounded once, half up. */
export function lineNetCents(line: LineAmounts): number {
  const exact =
    BigInt(line.quantityMilli) *
    BigInt(line.unitPriceCents) *
    BigInt(MAX_DISCOUNT_BASIS_POINTS - line.discountBasisPoints);
  return toSafeNumber(roundHalfAwayFromZero(exact, 1000n * BigInt(MAX_DISCOUNT_BASIS_POINTS)));
}

/**
 * Totals of a document. VAT is computed per rate, not per line: the rounded line nets of each
 * rate are summed, VAT is taken once of that sum and rounded commercially (half away from zero)
 * to whole cents — the usual practice for invoices under § 14 Abs. 4 Nr. 8 UStG, which asks for
 * the net amount and the tax amount per rate. The sum of per-line VAT can differ from it by a
 * few cents; it is never used. Rates appear highest first and only when some line carries them.
 * Throws a RangeError only for lines outside lineItemSchema's bounds.
 */
export function documentTotals(lines: readonly LineAmounts[]): DocumentTotals {
  const netByRate = new Map<TaxRate, bigint>();
  for (const line of lines) {
    netByRate.set(line.taxRate, (netByRate.get(line.taxRate) ?? 0n) + BigInt(lineNetCents(line)));
  }
  const byRate: RateTotals[] = [];
  let net = 0n;
  let tax = 0n;
  for (const rate of TAX_RATES) {
    const rateNet = netByRate.get(rate);
    if (rateNet === undefined) continue;
    const rateTax = roundHalfAwayFromZero(rateNet * BigInt(rate), 100n);
    net += rateNet;
    tax += rateTax;
    byRate.push({
      rate,
      netCents: toSafeNumber(rateNet),
      taxCents: toSafeNumber(rateTax),
      grossCents: toSafeNumber(rateNet + rateTax),
    });
  }
  return {
    netCents: toSafeNumber(net),
    taxCents: toSafeNumber(tax),
    grossCents: toSafeNumber(net + tax),
    byRate,
  };
}

/** Languages quantities and percentages are typed and shown in. */
export type NumberLanguage = 'de' | 'en';

const SEPARATORS = {
  de: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
} as const;

// Longer input is refused before any regular expression looks at it.
const MAX_INPUT_LENGTH = 40;

/** Parses a quantity such as "1.234,5" (de) or "1,234.5" (en) into thousandths; null if malformed. */
export function parseQuantity(text: string, language: NumberLanguage): number | null {
  return parseDecimal(text, language, 3);
}

/** Formats thousandths as a quantity, "1.234,5" (de) or "1,234.5" (en), without trailing zeros. */
export function formatQuantity(milli: number, language: NumberLanguage): string {
  return formatDecimal(milli, language, 3);
}

/** Parses a percentage such as "12,5" or "12,5 %" (de) into basis points; null if malformed. */
export function parsePercent(text: string, language: NumberLanguage): number | null {
  if (typeof text !== 'string' || text.length > MAX_INPUT_LENGTH) return null;
  return parseDecimal(text.trim().replace(/\s*%$/, ''), language, 2);
}

/** Formats basis points as a percentage without the sign, "12,5" (de) or "12.5" (en). */
export function formatPercent(basisPoints: number, language: NumberLanguage): string {
  return formatDecimal(basisPoints, language, 2);
}

// A decimal with `scale` places at most: digits grouped by threes throughout or not at all.
function parseDecimal(text: string, language: NumberLanguage, scale: number): number | null {
  if (typeof text !== 'string' || text.length > MAX_INPUT_LENGTH) return null;
  const { group, decimal } = SEPARATORS[language];
  const g = `\\${group}`;
  const pattern = new RegExp(`^(-)?(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:\\${decimal}(\\d{1,${scale}}))?$`);
  const match = pattern.exec(text.trim());
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  const magnitude =
    BigInt(whole.replaceAll(group, '')) * 10n ** BigInt(scale) + BigInt(fraction.padEnd(scale, '0'));
  if (magnitude > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return sign && magnitude !== 0n ? -Number(magnitude) : Number(magnitude);
}

function formatDecimal(value: number, language: NumberLanguage, scale: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a safe integer: ${value}`);
  const { group, decimal } = SEPARATORS[language];
  const digits = String(Math.abs(value)).padStart(scale + 1, '0');
  const whole = digits.slice(0, -scale).replace(/\B(?=(\d{3})+$)/g, group);
  const fraction = digits.slice(-scale).replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${whole}${fraction ? decimal + fraction : ''}`;
}

function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`Amount out of range: ${value}`);
  }
  return Number(value);
}
