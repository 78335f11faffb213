import { describe, expect, it } from 'vitest';
import { documentFormErrors, newDocumentValues, orderPayload, quotationPayload } from './documentForm';
import { emptyRow } from './lineItems';

const values = newDocumentValues('de', {
  organizationId: 'o1',
  validUntil: '31.12.2026',
  lines: [{ ...emptyRow('de'), description: 'Wartung', quantity: '2,5', unitPrice: 80 }, emptyRow('de')],
});

describe('the quotation and order form', () => {
  it('sends parsed lines without the blank one, and leaves empty standard texts to the company on create', () => {
    expect(quotationPayload(values, 'de', true)).toEqual({
      organizationId: 'o1',
      leadId: null,
      opportunityId: null,
      contactId: null,
      validUntil: '2026-12-31',
      introText: null,
      terms: undefined,
      paymentTerms: undefined,
      lines: [
        {
          productId: null,
          description: 'Wartung',
          quantityMilli: 2500,
          unit: 'Stk',
          unitPriceCents: 8000,
          discountBasisPoints: 0,
          taxRate: 19,
        },
      ],
    });
    // Editing, an emptied text means "none".
    expect(quotationPayload(values, 'de', false)).toMatchObject({ terms: null, paymentTerms: null });
  });

  it('needs an organisation for an order, an organisation or lead for a quotation', () => {
    const none = { ...values, organizationId: null };
    expect(documentFormErrors(none, 'order', 'de').organizationId).toBe('salesDocuments.errors.customer');
    expect(documentFormErrors({ ...none, leadId: 'l1' }, 'quotation', 'de').organizationId).toBeUndefined();
    expect(documentFormErrors({ ...none, leadId: 'l1' }, 'order', 'de').organizationId).toBe(
      'salesDocuments.errors.customer',
    );
  });

  it('names wrong dates and lines by form path', () => {
    const wrong = {
      ...values,
      validUntil: '31.02.2026',
      deliveryDate: 'morgen',
      lines: [{ ...emptyRow('de'), description: 'Ohne Preis' }],
    };
    expect(documentFormErrors(wrong, 'quotation', 'de')).toEqual({
      validUntil: 'validation.date',
      'lines.0.unitPrice': 'lineItems.errors.price',
    });
    expect(documentFormErrors(wrong, 'order', 'de')).toMatchObject({ deliveryDate: 'validation.date' });
  });

  it('turns order dates into ISO dates and an empty order date on create into the server default', () => {
    const order = { ...values, orderDate: '', deliveryDate: '15.1.2027', customerReference: ' PO-4711 ' };
    expect(orderPayload(order, 'de', true)).toMatchObject({
      orderDate: undefined,
      deliveryDate: '2027-01-15',
      customerReference: 'PO-4711',
    });
    expect(orderPayload(order, 'de', false).orderDate).toBeNull();
  });
});
