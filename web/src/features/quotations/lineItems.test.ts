import { describe, expect, it } from 'vitest';
import {
  addRow,
  editorPathOf,
  editorTotals,
  emptyRow,
  type LineRow,
  lineErrors,
  lineItemsOf,
  moveRow,
  parseRow,
  removeRow,
  rowOf,
  withProduct,
} from './lineItems';

const row = (patch: Partial<LineRow>): LineRow => ({ ...emptyRow('de'), ...patch });

const consulting = row({ description: 'Beratung', quantity: '1,5', unit: 'Std', unitPrice: 120 });
const books = row({ description: 'Handbuch', quantity: '3', unitPrice: 19.99, discount: '10', taxRate: '7' });

describe('parsing a position', () => {
  it('reads German quantities, euros and percentages into exact integers', () => {
    const parsed = parseRow(
      row({ description: ' Pumpe ', quantity: '1.234,5', unitPrice: 1234.56, discount: '12,5 %' }),
      'de',
    );
    expect(parsed).toEqual({
      ok: true,
      line: {
        productId: null,
        description: 'Pumpe',
        quantityMilli: 1_234_500,
        unit: 'Stk',
        unitPriceCents: 123_456,
        discountBasisPoints: 1250,
        taxRate: 19,
      },
    });
  });

  it('reads English notation in English', () => {
    const parsed = parseRow(
      row({ description: 'Pump', quantity: '1,234.5', discount: '2.5', unitPrice: 10 }),
      'en',
    );
    expect(parsed.ok && parsed.line.quantityMilli).toBe(1_234_500);
    expect(parsed.ok && parsed.line.discountBasisPoints).toBe(250);
  });

  it('names every wrong cell', () => {
    const parsed = parseRow(
      row({ description: ' ', quantity: '1,', unit: '', unitPrice: '', discount: '120', taxRate: '16' }),
      'de',
    );
    expect(parsed).toEqual({
      ok: false,
      errors: {
        description: 'lineItems.errors.description',
        quantity: 'lineItems.errors.quantity',
        unit: 'lineItems.errors.unit',
        unitPrice: 'lineItems.errors.price',
        discount: 'lineItems.errors.discount',
        taxRate: 'lineItems.errors.taxRate',
      },
    });
  });

  it('refuses zero and negative quantities and amounts beyond the limit', () => {
    expect(parseRow(row({ description: 'x', quantity: '0', unitPrice: 1 }), 'de')).toMatchObject({
      errors: { quantity: 'lineItems.errors.quantityPositive' },
    });
    expect(parseRow(row({ description: 'x', quantity: '-2', unitPrice: 1 }), 'de')).toMatchObject({
      errors: { quantity: 'lineItems.errors.quantityPositive' },
    });
    expect(
      parseRow(row({ description: 'x', quantity: '1000000', unitPrice: 100_000_000 }), 'de'),
    ).toMatchObject({
      errors: { quantity: 'lineItems.errors.amountTooLarge' },
    });
  });

  it('leaves blank rows out and reports errors by form path', () => {
    const rows = [consulting, emptyRow('de'), row({ description: 'Ohne Preis' })];
    expect(lineItemsOf(rows, 'de')).toBeNull();
    expect(lineErrors(rows, 'de')).toEqual({ 'lines.2.unitPrice': 'lineItems.errors.price' });
    expect(lineItemsOf([consulting, emptyRow('de')], 'de')).toHaveLength(1);
  });

  it('places server errors on the row they concern, past blank rows', () => {
    const rows = [emptyRow('de'), consulting, books];
    expect(editorPathOf('lines.1.quantityMilli', rows)).toBe('lines.2.quantity');
    expect(editorPathOf('lines.0.unitPriceCents', rows)).toBe('lines.1.unitPrice');
    expect(editorPathOf('validUntil', rows)).toBe('validUntil');
  });

  it('shows a stored line as typed and takes a product’s price, unit and rate', () => {
    const back = rowOf(
      {
        productId: 'p1',
        description: 'Pumpe',
        quantityMilli: 2500,
        unit: 'Stk',
        unitPriceCents: 99_950,
        discountBasisPoints: 500,
        taxRate: 7,
      },
      'de',
    );
    expect(back).toMatchObject({ quantity: '2,5', unitPrice: 999.5, discount: '5', taxRate: '7' });
    const picked = withProduct(row({ quantity: '4' }), {
      id: 'p2',
      name: 'Wartung',
      unit: 'Std',
      listPriceCents: 8500,
      taxRate: 19,
    });
    expect(picked).toMatchObject({
      productId: 'p2',
      description: 'Wartung',
      unit: 'Std',
      unitPrice: 85,
      quantity: '4',
    });
  });
});

describe('adding and moving positions', () => {
  it('adds an empty row after the given one or at the end', () => {
    const rows = [consulting, books];
    const appended = addRow(rows, 'de');
    expect(appended).toHaveLength(3);
    expect(appended[2]?.description).toBe('');
    expect(appended[2]?.quantity).toBe('1');
    const inserted = addRow(rows, 'de', 0);
    expect(inserted.map((r) => r.description)).toEqual(['Beratung', '', 'Handbuch']);
  });

  it('moves a row up and down and stops at the ends', () => {
    const third = row({ description: 'Dritte' });
    const rows = [consulting, books, third];
    expect(moveRow(rows, 2, -1).map((r) => r.description)).toEqual(['Beratung', 'Dritte', 'Handbuch']);
    expect(moveRow(rows, 0, 1).map((r) => r.description)).toEqual(['Handbuch', 'Beratung', 'Dritte']);
    expect(moveRow(rows, 0, -1)).toEqual(rows);
    expect(moveRow(rows, 2, 1)).toEqual(rows);
    expect(removeRow(rows, 1).map((r) => r.description)).toEqual(['Beratung', 'Dritte']);
  });
});

describe('totals', () => {
  it('sums nets per tax rate and takes VAT once per rate', () => {
    const { nets, totals } = editorTotals([consulting, books, emptyRow('de')], 'de');
    // 1,5 × 120,00 = 180,00; 3 × 19,99 − 10 % = 53,973 → 53,97.
    expect(nets).toEqual([18_000, 5397, null]);
    expect(totals).toEqual({
      netCents: 23_397,
      taxCents: 3420 + 378,
      grossCents: 23_397 + 3798,
      byRate: [
        { rate: 19, netCents: 18_000, taxCents: 3420, grossCents: 21_420 },
        { rate: 7, netCents: 5397, taxCents: 378, grossCents: 5775 },
      ],
    });
  });
});
