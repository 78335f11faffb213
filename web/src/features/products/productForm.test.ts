import type { Product } from '@kontor/domain/products';
import { describe, expect, it } from 'vitest';
import {
  grossCents,
  initialProductValues,
  type ProductFormValues,
  productFormErrors,
  productFormPath,
  toProductPayload,
} from './productForm';

const product: Product = {
  id: 'p1',
  name: 'Kreiselpumpe KP-200',
  sku: 'KP-200',
  type: 'stockable',
  categoryId: 'c2',
  categoryName: 'Pumpen',
  unit: 'Stk',
  listPriceCents: 123456,
  currency: 'EUR',
  taxRate: 7,
  suppliers: [{ id: 'o1', name: 'Hydraulik Nord GmbH' }],
  active: false,
  description: 'Für Kühlwasser',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  createdBy: 'u1',
  version: 3,
};

const filled = (change: Partial<ProductFormValues> = {}): ProductFormValues => ({
  ...initialProductValues(),
  name: 'Wartungsvertrag',
  ...change,
});

describe('the product form', () => {
  it('starts a new product as the API would: stockable, "Stk", 19 %, active, no price', () => {
    expect(initialProductValues()).toEqual({
      name: '',
      sku: '',
      type: 'stockable',
      categoryId: null,
      unit: 'Stk',
      listPrice: '',
      taxRate: '19',
      supplierIds: [],
      active: true,
      description: '',
    });
  });

  it('shows an existing product with its price in euros and its suppliers by id', () => {
    const values = initialProductValues(product);
    expect(values.listPrice).toBe(1234.56);
    expect(values.taxRate).toBe('7');
    expect(values.supplierIds).toEqual(['o1']);
    expect(values.active).toBe(false);
  });

  it('sends the price typed as 1.234,56 (the input holds 1234.56) as 123456 cents', () => {
    expect(toProductPayload(filled({ listPrice: 1234.56 })).listPriceCents).toBe(123456);
    expect(toProductPayload(filled({ listPrice: 0.29 })).listPriceCents).toBe(29);
    expect(toProductPayload(filled({ listPrice: '' })).listPriceCents).toBeNull();
  });

  it('sends trimmed texts, empty optional ones as null, and the tax rate as a number', () => {
    const payload = toProductPayload(
      filled({ name: '  Pumpe ', sku: '  ', unit: ' Std ', description: ' ', taxRate: '0' }),
    );
    expect(payload).toMatchObject({ name: 'Pumpe', sku: null, unit: 'Std', description: null, taxRate: 0 });
  });

  it('gives back the same payload for an unchanged product, so an edit sends only what changed', () => {
    const payload = toProductPayload(initialProductValues(product));
    expect(payload).toEqual({
      name: 'Kreiselpumpe KP-200',
      sku: 'KP-200',
      type: 'stockable',
      categoryId: 'c2',
      unit: 'Stk',
      listPriceCents: 123456,
      taxRate: 7,
      supplierIds: ['o1'],
      active: false,
      description: 'Für Kühlwasser',
    });
  });

  it('asks for a name and a unit', () => {
    expect(productFormErrors(filled({ name: ' ', unit: '' }))).toEqual({
      name: 'validation.required',
      unit: 'validation.required',
    });
    expect(productFormErrors(filled())).toEqual({});
  });

  it('refuses what the server would refuse: long texts, a negative or huge price, another tax rate', () => {
    expect(
      productFormErrors(
        filled({
          name: 'x'.repeat(201),
          sku: 'x'.repeat(65),
          unit: 'x'.repeat(21),
          listPrice: -1,
          taxRate: '16',
          description: 'x'.repeat(5001),
        }),
      ),
    ).toEqual({
      name: 'products.validation.nameTooLong',
      sku: 'products.validation.skuTooLong',
      unit: 'products.validation.unitTooLong',
      listPrice: 'products.validation.listPrice',
      taxRate: 'products.validation.taxRate',
      description: 'products.validation.descriptionTooLong',
    });
    expect(productFormErrors(filled({ listPrice: 100_000_000.01 })).listPrice).toBe(
      'products.validation.listPrice',
    );
    expect(productFormErrors(filled({ listPrice: 100_000_000 })).listPrice).toBeUndefined();
  });

  it('puts the server’s error on the price in cents at the price field in euros', () => {
    expect(productFormPath('listPriceCents')).toBe('listPrice');
    expect(productFormPath('sku')).toBe('sku');
  });

  it('shows the gross price of one unit, VAT rounded commercially', () => {
    expect(grossCents(123456, 19)).toBe(146913); // 1.234,56 € + 234,5664 € VAT
    expect(grossCents(1999, 7)).toBe(2139); // 19,99 € + 1,3993 € VAT
    expect(grossCents(250, 19)).toBe(298); // 47,5 ct VAT rounds up
    expect(grossCents(9500, 0)).toBe(9500);
    expect(grossCents(null, 19)).toBeNull();
    expect(grossCents(100, 16)).toBeNull();
  });
});
