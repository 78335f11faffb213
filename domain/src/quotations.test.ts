import { describe, expect, it } from 'vitest';
import {
  createQuotationSchema,
  defaultValidUntil,
  documentNumber,
  markQuotationLostSchema,
  quotationLabel,
  updateQuotationSchema,
} from './quotations.js';
import { allowedOrderActions, createSalesOrderSchema } from './sales-orders.js';

const line = {
  productId: null,
  description: 'Beratung',
  quantityMilli: 1000,
  unit: 'Std.',
  unitPriceCents: 10_000,
  discountBasisPoints: 0,
  taxRate: 19,
};

describe('quotation numbers and dates', () => {
  it('pads the sequence value to five digits and prints later versions with their revision', () => {
    expect(documentNumber('ANG', 2026, 42)).toBe('ANG-2026-00042');
    expect(documentNumber('AUF', 2026, 17)).toBe('AUF-2026-00017');
    expect(documentNumber('ANG', 2026, 123_456)).toBe('ANG-2026-123456');
    expect(quotationLabel('ANG-2026-00042', 1)).toBe('ANG-2026-00042');
    expect(quotationLabel('ANG-2026-00042', 3)).toBe('ANG-2026-00042-3');
  });

  it('counts validity days over month, year and leap-day ends', () => {
    expect(defaultValidUntil('2026-12-03', 30)).toBe('2027-01-02');
    expect(defaultValidUntil('2028-02-15', 14)).toBe('2028-02-29');
    expect(defaultValidUntil('2026-03-28', 1)).toBe('2026-03-29');
  });
});

describe('quotation and order schemas', () => {
  it('needs a customer: organisation, lead or opportunity', () => {
    expect(createQuotationSchema.safeParse({}).success).toBe(false);
    const parsed = createQuotationSchema.parse({ leadId: 'l1' });
    expect(parsed).toMatchObject({
      leadId: 'l1',
      organizationId: null,
      billingAddress: { mode: 'customer' },
      lines: [],
    });
  });

  it('refuses hostile lines and unknown fields', () => {
    const bad = [
      { lines: Array.from({ length: 501 }, () => line) },
      { lines: [{ ...line, quantityMilli: -1 }] },
      { lines: [{ ...line, unitPriceCents: 1.5 }] },
      { lines: [{ ...line, taxRate: 16 }] },
      { lines: [{ ...line, description: '' }] },
      { billingAddress: { mode: 'custom', address: { city: 'x'.repeat(101) } } },
      { billingAddress: { mode: 'elsewhere' } },
      { validUntil: '2026-02-30' },
      { discount: 5 },
    ];
    for (const input of bad)
      expect(createQuotationSchema.safeParse({ organizationId: 'o1', ...input }).success).toBe(false);
    expect(updateQuotationSchema.safeParse({ version: 1, lines: [line] }).success).toBe(true);
    expect(updateQuotationSchema.safeParse({ lines: [line] }).success).toBe(false);
  });

  it('asks for at least one lost reason', () => {
    expect(markQuotationLostSchema.safeParse({ version: 1, lostReasonIds: [] }).success).toBe(false);
    expect(markQuotationLostSchema.parse({ version: 1, lostReasonIds: ['r'] })).toEqual({
      version: 1,
      lostReasonIds: ['r'],
      competitorIds: [],
      note: null,
    });
  });

  it('orders need an organisation', () => {
    expect(createSalesOrderSchema.safeParse({ leadId: 'l1' }).success).toBe(false);
    expect(createSalesOrderSchema.safeParse({ organizationId: 'o1' }).success).toBe(true);
  });

  it('offers the order actions by status', () => {
    expect(allowedOrderActions('draft')).toEqual({
      edit: { ok: true },
      book: { ok: true },
      complete: { ok: false, reason: 'order-is-draft' },
      cancel: { ok: true },
    });
    expect(allowedOrderActions('completed').cancel).toEqual({ ok: false, reason: 'order-is-completed' });
  });
});
