import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedQuotationActions,
  canBookOrder,
  canCancelOrder,
  canCancelQuotation,
  canCompleteOrder,
  canCreateNewVersion,
  canEditQuotation,
  canExpireQuotation,
  canMarkQuotationLost,
  canOrderQuotation,
  canSubmitQuotation,
  LEAD_STATUS_LABELS,
  LEAD_STATUSES,
  OPPORTUNITY_STATUS_LABELS,
  OPPORTUNITY_STATUSES,
  ORDER_STATUS_LABELS,
  ORDER_STATUSES,
  type OrderStatus,
  QUOTATION_STATUS_LABELS,
  QUOTATION_STATUSES,
  type QuotationFacts,
  type QuotationStatus,
  quotationStatus,
  quotationStatusSchema,
} from './sales-status.js';
import { draft, no, ok, quotationFactsArb, sent, type Verdict } from './sales-status-testing.js';

describe('status lists and labels', () => {
  it.each([
    [LEAD_STATUSES, LEAD_STATUS_LABELS],
    [OPPORTUNITY_STATUSES, OPPORTUNITY_STATUS_LABELS],
    [QUOTATION_STATUSES, QUOTATION_STATUS_LABELS],
    [ORDER_STATUSES, ORDER_STATUS_LABELS],
  ] as const)('labels every status of %j in German and English', (statuses, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...statuses].sort());
    for (const label of Object.values(labels)) {
      expect(label.de).not.toBe('');
      expect(label.en).not.toBe('');
    }
  });

  it('uses the table words', () => {
    expect(LEAD_STATUS_LABELS['lost-quotation']).toEqual({ de: 'Verlorenes Angebot', en: 'Lost Quotation' });
    expect(LEAD_STATUS_LABELS['do-not-contact']).toEqual({ de: 'Nicht kontaktieren', en: 'Do Not Contact' });
    expect(OPPORTUNITY_STATUS_LABELS.closed.de).toBe('Geschlossen');
    expect(QUOTATION_STATUS_LABELS.superseded.de).toBe('Ersetzt');
    expect(QUOTATION_STATUS_LABELS.cancelled.de).toBe('Abgebrochen');
    expect(ORDER_STATUS_LABELS.cancelled.de).toBe('Storniert');
  });
});

describe('quotationStatus', () => {
  it.each<[string, QuotationFacts, QuotationStatus]>([
    ['7 draft: initial', draft, 'draft'],
    ['6 open: submitted', sent, 'open'],
    ['5 expired: submitted, validity passed', { ...sent, expired: true }, 'expired'],
    ['4 lost: by hand', { ...sent, lost: true }, 'lost'],
    ['4 lost beats expired', { ...sent, lost: true, expired: true }, 'lost'],
    ['3 superseded: newer version exists', { ...sent, superseded: true }, 'superseded'],
    [
      '3 superseded beats lost and expired',
      { ...sent, superseded: true, lost: true, expired: true },
      'superseded',
    ],
    ['2 ordered: order booked', { ...sent, ordered: true }, 'ordered'],
    [
      '2 ordered beats superseded, lost, expired',
      { ...sent, ordered: true, superseded: true, lost: true, expired: true },
      'ordered',
    ],
    ['1 cancelled: by hand', { ...sent, cancelled: true }, 'cancelled'],
    ['1 cancelled beats ordered', { ...sent, cancelled: true, ordered: true }, 'cancelled'],
  ])('%s', (_rule, facts, status) => {
    expect(quotationStatus(facts)).toBe(status);
  });

  it('is total and always returns a listed status', () => {
    fc.assert(
      fc.property(quotationFactsArb, (facts) => {
        expect(quotationStatusSchema.parse(quotationStatus(facts))).toBeDefined();
      }),
    );
  });

  it('is ordered whenever a booked order exists and it is not cancelled', () => {
    fc.assert(
      fc.property(quotationFactsArb, (facts) => {
        expect(quotationStatus({ ...facts, ordered: true, cancelled: false })).toBe('ordered');
      }),
    );
  });
});

describe('quotation actions', () => {
  type Row = [QuotationStatus, Verdict];

  it.each<Row>([
    ['draft', ok],
    ['open', no('quotation-is-open')],
    ['expired', no('quotation-is-expired')],
    ['lost', no('quotation-is-lost')],
    ['superseded', no('quotation-is-superseded')],
    ['ordered', no('quotation-is-ordered')],
    ['cancelled', no('quotation-is-cancelled')],
  ])('edit %s → %j (only drafts are editable)', (status, verdict) => {
    expect(canEditQuotation(status)).toEqual(verdict);
  });

  it.each<[QuotationStatus, number, Verdict]>([
    ['draft', 1, ok],
    ['draft', 3, ok],
    ['draft', 0, no('quotation-has-no-lines')],
    ['open', 2, no('quotation-is-open')],
    ['cancelled', 0, no('quotation-is-cancelled')],
  ])('submit %s with %i lines → %j', (status, lines, verdict) => {
    expect(canSubmitQuotation(status, lines)).toEqual(verdict);
  });

  it.each<Row>([
    ['draft', no('quotation-is-draft')],
    ['open', ok],
    ['expired', ok],
    ['lost', ok],
    ['superseded', no('quotation-is-superseded')],
    ['ordered', no('quotation-is-ordered')],
    ['cancelled', no('quotation-is-cancelled')],
  ])('new version of %s → %j', (status, verdict) => {
    expect(canCreateNewVersion(status)).toEqual(verdict);
  });

  it.each<Row>([
    ['draft', no('quotation-is-draft')],
    ['open', ok],
    ['expired', ok],
    ['lost', no('quotation-is-lost')],
    ['superseded', no('quotation-is-superseded')],
    ['ordered', no('quotation-is-ordered')],
    ['cancelled', no('quotation-is-cancelled')],
  ])('mark %s lost → %j (newest only; ordered can no longer be lost)', (status, verdict) => {
    expect(canMarkQuotationLost(status)).toEqual(verdict);
  });

  it.each<Row>([
    ['draft', no('quotation-is-draft')],
    ['open', ok],
    ['expired', ok],
    ['lost', ok],
    ['superseded', no('quotation-is-superseded')],
    ['ordered', no('quotation-is-ordered')],
    ['cancelled', no('quotation-is-cancelled')],
  ])('cancel %s → %j (submitted only, not ordered)', (status, verdict) => {
    expect(canCancelQuotation(status)).toEqual(verdict);
  });

  it.each<Row>([
    ['draft', no('quotation-is-draft')],
    ['open', ok],
    ['expired', no('quotation-is-expired')],
    ['lost', no('quotation-is-lost')],
    ['superseded', no('quotation-is-superseded')],
    ['ordered', no('quotation-is-ordered')],
    ['cancelled', no('quotation-is-cancelled')],
  ])('order %s → %j (newest open only)', (status, verdict) => {
    expect(canOrderQuotation(status)).toEqual(verdict);
  });

  it.each<[QuotationStatus, string, string, Verdict]>([
    ['open', '2025-03-31', '2025-03-30', no('quotation-still-valid')],
    ['open', '2025-03-31', '2025-03-31', no('quotation-still-valid')],
    ['open', '2025-03-31', '2025-04-01', ok],
    ['open', '2024-12-31', '2025-01-01', ok],
    ['open', '2025-02-28', '2025-12-01', ok],
    ['draft', '2025-03-31', '2025-04-01', no('quotation-is-draft')],
    ['ordered', '2025-03-31', '2025-04-01', no('quotation-is-ordered')],
    ['lost', '2025-03-31', '2025-04-01', no('quotation-is-lost')],
    ['expired', '2025-03-31', '2025-04-01', no('quotation-is-expired')],
  ])('expire %s valid until %s on %s → %j', (status, validUntil, today, verdict) => {
    expect(canExpireQuotation(status, validUntil, today)).toEqual(verdict);
  });

  it('lists every action with its verdict for the UI', () => {
    expect(allowedQuotationActions({ status: 'draft', lineCount: 0 })).toEqual({
      edit: ok,
      submit: no('quotation-has-no-lines'),
      'new-version': no('quotation-is-draft'),
      'mark-lost': no('quotation-is-draft'),
      cancel: no('quotation-is-draft'),
      order: no('quotation-is-draft'),
    });
    expect(allowedQuotationActions({ status: 'open', lineCount: 2 })).toEqual({
      edit: no('quotation-is-open'),
      submit: no('quotation-is-open'),
      'new-version': ok,
      'mark-lost': ok,
      cancel: ok,
      order: ok,
    });
  });
});

describe('sales order actions', () => {
  it.each<[OrderStatus, string, string, string]>([
    ['draft', 'ok', 'order-is-draft', 'ok'],
    ['booked', 'order-is-booked', 'ok', 'ok'],
    ['completed', 'order-is-completed', 'order-is-completed', 'order-is-completed'],
    ['cancelled', 'order-is-cancelled', 'order-is-cancelled', 'order-is-cancelled'],
  ])('%s: book %s, complete %s, cancel %s', (status, book, complete, cancel) => {
    const verdict = (reason: string) => (reason === 'ok' ? ok : no(reason));
    expect(canBookOrder(status)).toEqual(verdict(book));
    expect(canCompleteOrder(status)).toEqual(verdict(complete));
    expect(canCancelOrder(status)).toEqual(verdict(cancel));
  });
});
