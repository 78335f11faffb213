import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedLeadStatuses,
  allowedOpportunityStatuses,
  allowedQuotationActions,
  blocksOutboundContact,
  canBookOrder,
  canCancelOrder,
  canCancelQuotation,
  canCompleteOrder,
  canCreateNewVersion,
  canEditQuotation,
  canExpireQuotation,
  canMarkQuotationLost,
  canOrderQuotation,
  canSetLeadStatusByHand,
  canSetOpportunityStatusByHand,
  canSubmitQuotation,
  LEAD_MANUAL_STATUSES,
  LEAD_STATUS_LABELS,
  LEAD_STATUSES,
  type LeadFacts,
  type LeadStatus,
  leadStatus,
  leadStatusSchema,
  OPPORTUNITY_MANUAL_STATUSES,
  OPPORTUNITY_STATUS_LABELS,
  OPPORTUNITY_STATUSES,
  type OpportunityFacts,
  type OpportunityManualStatus,
  type OpportunityStatus,
  ORDER_STATUS_LABELS,
  ORDER_STATUSES,
  type OrderStatus,
  opportunityAutoClose,
  opportunityManualAfterQuotationCancelled,
  opportunityStatus,
  opportunityStatusSchema,
  QUOTATION_STATUS_LABELS,
  QUOTATION_STATUSES,
  type QuotationFacts,
  type QuotationStatus,
  quotationStatus,
  quotationStatusSchema,
} from './sales-status.js';

type Verdict = { ok: true } | { ok: false; reason: string };
const ok: Verdict = { ok: true };
const no = (reason: string): Verdict => ({ ok: false, reason });

const draft: QuotationFacts = {
  submitted: false,
  cancelled: false,
  ordered: false,
  superseded: false,
  lost: false,
  expired: false,
};
const sent: QuotationFacts = { ...draft, submitted: true };

const lead = (facts: Partial<LeadFacts> = {}): LeadFacts => ({
  manual: 'open',
  convertedToCustomer: false,
  opportunities: [],
  quotations: [],
  ...facts,
});

const quotationStatusArb = fc.constantFrom(...QUOTATION_STATUSES);
const opportunityStatusArb = fc.constantFrom(...OPPORTUNITY_STATUSES);
const opportunityManualArb = fc.constantFrom(...OPPORTUNITY_MANUAL_STATUSES);
const leadManualArb = fc.constantFrom(...LEAD_MANUAL_STATUSES);
const quotationFactsArb = fc.record({
  submitted: fc.boolean(),
  cancelled: fc.boolean(),
  ordered: fc.boolean(),
  superseded: fc.boolean(),
  lost: fc.boolean(),
  expired: fc.boolean(),
});
const opportunityFactsArb = fc.record({
  manual: opportunityManualArb,
  quotations: fc.array(quotationStatusArb, { maxLength: 5 }),
});
const leadFactsArb = fc.record({
  manual: leadManualArb,
  convertedToCustomer: fc.boolean(),
  opportunities: fc.array(opportunityStatusArb, { maxLength: 4 }),
  quotations: fc.array(quotationStatusArb, { maxLength: 5 }),
});

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

describe('opportunityStatus', () => {
  it.each<[string, OpportunityFacts, string]>([
    ['by hand: open (initial)', { manual: 'open', quotations: [] }, 'open'],
    ['by hand: replied', { manual: 'replied', quotations: [] }, 'replied'],
    ['by hand: draft quotations do not count', { manual: 'replied', quotations: ['draft'] }, 'replied'],
    ['by hand: a cancelled quotation does not count', { manual: 'open', quotations: ['cancelled'] }, 'open'],
    ['by hand: an expired quotation is not active', { manual: 'open', quotations: ['expired'] }, 'open'],
    ['4 lost: by hand without active quotation', { manual: 'lost', quotations: ['draft'] }, 'lost'],
    ['4 lost: its quotation was lost', { manual: 'open', quotations: ['lost'] }, 'lost'],
    [
      '4 lost: lost and superseded, no other active',
      { manual: 'replied', quotations: ['superseded', 'lost'] },
      'lost',
    ],
    [
      '3 quotation: a submitted one neither lost nor cancelled',
      { manual: 'open', quotations: ['open'] },
      'quotation',
    ],
    ['3 quotation beats a lost one', { manual: 'open', quotations: ['lost', 'open'] }, 'quotation'],
    ['3 quotation beats manual lost', { manual: 'lost', quotations: ['open'] }, 'quotation'],
    [
      '3 quotation: superseded + newest open',
      { manual: 'open', quotations: ['superseded', 'open'] },
      'quotation',
    ],
    ['2 converted: a quotation was ordered', { manual: 'open', quotations: ['ordered'] }, 'converted'],
    [
      '2 converted beats quotation and lost',
      { manual: 'lost', quotations: ['lost', 'open', 'ordered'] },
      'converted',
    ],
    ['1 closed by hand', { manual: 'closed', quotations: [] }, 'closed'],
    ['1 closed beats converted', { manual: 'closed', quotations: ['ordered'] }, 'closed'],
    ['1 closed beats quotation', { manual: 'closed', quotations: ['open'] }, 'closed'],
  ])('%s', (_rule, facts, status) => {
    expect(opportunityStatus(facts)).toBe(status);
  });

  it('is total and always returns a listed status', () => {
    fc.assert(
      fc.property(opportunityFactsArb, (facts) => {
        expect(opportunityStatusSchema.parse(opportunityStatus(facts))).toBeDefined();
      }),
    );
  });

  it('returns the by-hand open/replied status only when no derived rule matches', () => {
    fc.assert(
      fc.property(opportunityFactsArb, (facts) => {
        const status = opportunityStatus(facts);
        if (status === 'open' || status === 'replied') {
          expect(status).toBe(facts.manual);
          expect(facts.quotations.some((q) => ['ordered', 'open', 'lost'].includes(q))).toBe(false);
        }
        if (status === 'converted' || status === 'quotation') {
          for (const other of ['open', 'replied', 'lost'] as const) {
            expect(opportunityStatus({ ...facts, manual: other })).toBe(status);
          }
        }
      }),
    );
  });

  it('is converted once a quotation is ordered, unless closed', () => {
    fc.assert(
      fc.property(opportunityFactsArb, fc.nat(5), (facts, at) => {
        const quotations = [...facts.quotations];
        quotations.splice(at, 0, 'ordered');
        const status = opportunityStatus({ ...facts, quotations });
        expect(status).toBe(facts.manual === 'closed' ? 'closed' : 'converted');
      }),
    );
  });
});

describe('canSetOpportunityStatusByHand', () => {
  it.each<[string, OpportunityFacts, OpportunityStatus, Verdict]>([
    ['open → replied', { manual: 'open', quotations: [] }, 'replied', ok],
    ['replied → open', { manual: 'replied', quotations: [] }, 'open', ok],
    ['lost without quotation', { manual: 'open', quotations: [] }, 'lost', ok],
    ['lost with only a draft', { manual: 'open', quotations: ['draft'] }, 'lost', ok],
    ['lost with an expired quotation', { manual: 'open', quotations: ['expired'] }, 'lost', ok],
    ['lost with a cancelled quotation', { manual: 'open', quotations: ['cancelled'] }, 'lost', ok],
    [
      'lost with an open quotation',
      { manual: 'open', quotations: ['open'] },
      'lost',
      no('opportunity-has-active-quotation'),
    ],
    [
      'lost when converted',
      { manual: 'open', quotations: ['ordered'] },
      'lost',
      no('derived-status-applies'),
    ],
    [
      'open with an open quotation',
      { manual: 'replied', quotations: ['open'] },
      'open',
      no('derived-status-applies'),
    ],
    [
      'replied when its quotation was lost',
      { manual: 'open', quotations: ['lost'] },
      'replied',
      no('derived-status-applies'),
    ],
    ['closed always', { manual: 'open', quotations: ['open'] }, 'closed', ok],
    ['closed when converted', { manual: 'open', quotations: ['ordered'] }, 'closed', ok],
    ['reopen closed', { manual: 'closed', quotations: [] }, 'open', ok],
    [
      'reopen closed but converted',
      { manual: 'closed', quotations: ['ordered'] },
      'replied',
      no('derived-status-applies'),
    ],
    ['quotation is derived', { manual: 'open', quotations: [] }, 'quotation', no('status-derived')],
    ['converted is derived', { manual: 'open', quotations: ['ordered'] }, 'converted', no('status-derived')],
  ])('%s', (_case, context, target, verdict) => {
    expect(canSetOpportunityStatusByHand(context, target)).toEqual(verdict);
  });

  it('lists every by-hand status with its verdict for the UI', () => {
    expect(allowedOpportunityStatuses({ manual: 'replied', quotations: ['superseded', 'open'] })).toEqual({
      open: no('derived-status-applies'),
      replied: no('derived-status-applies'),
      lost: no('opportunity-has-active-quotation'),
      closed: ok,
    });
  });

  it('an allowed by-hand status is always the effective status afterwards', () => {
    fc.assert(
      fc.property(opportunityFactsArb, opportunityStatusArb, (facts, target) => {
        const verdict = canSetOpportunityStatusByHand(facts, target);
        if (verdict.ok)
          expect(opportunityStatus({ ...facts, manual: target as OpportunityManualStatus })).toBe(target);
      }),
    );
  });
});

describe('opportunityAutoClose', () => {
  const touched = '2025-03-01T10:00:00Z';

  it.each([
    ['replied', '2025-03-16T09:59:59Z', undefined, false],
    ['replied', '2025-03-16T10:00:00Z', undefined, true],
    ['replied', '2025-04-01T00:00:00Z', undefined, true],
    ['replied', '2025-03-08T10:00:00Z', 7, true],
    ['replied', '2025-03-08T09:00:00Z', 7, false],
    ['open', '2025-04-01T00:00:00Z', undefined, false],
    ['quotation', '2025-04-01T00:00:00Z', undefined, false],
    ['closed', '2025-04-01T00:00:00Z', undefined, false],
  ] as const)('%s, now %s, days %s → %s', (status, now, days, expected) => {
    expect(opportunityAutoClose({ status, lastTouchedAt: touched, now, days })).toBe(expected);
  });
});

describe('leadStatus', () => {
  it.each<[string, LeadFacts, string]>([
    ['by hand: open (initial)', lead(), 'open'],
    ['by hand: replied', lead({ manual: 'replied' }), 'replied'],
    ['by hand: interested', lead({ manual: 'interested' }), 'interested'],
    ['by hand: do not contact', lead({ manual: 'do-not-contact' }), 'do-not-contact'],
    [
      'by hand: a draft quotation does not count',
      lead({ manual: 'interested', quotations: ['draft'] }),
      'interested',
    ],
    [
      'by hand: a cancelled quotation does not count',
      lead({ manual: 'replied', quotations: ['cancelled'] }),
      'replied',
    ],
    [
      'by hand: an expired quotation does not count',
      lead({ manual: 'replied', quotations: ['expired'] }),
      'replied',
    ],
    ['by hand: only lost opportunities', lead({ manual: 'replied', opportunities: ['lost'] }), 'replied'],
    [
      'never back to Open: only lost opportunities',
      lead({ manual: 'open', opportunities: ['lost'] }),
      'opportunity',
    ],
    ['4 lost quotation', lead({ quotations: ['lost'] }), 'lost-quotation'],
    [
      '4 lost quotation with a lost opportunity',
      lead({ opportunities: ['lost'], quotations: ['lost'] }),
      'lost-quotation',
    ],
    ['3 opportunity not lost', lead({ opportunities: ['open'] }), 'opportunity'],
    ['3 opportunity (replied)', lead({ opportunities: ['lost', 'replied'] }), 'opportunity'],
    ['3 a closed opportunity is not lost', lead({ opportunities: ['closed'] }), 'opportunity'],
    [
      '3 opportunity beats lost quotation',
      lead({ opportunities: ['open'], quotations: ['lost'] }),
      'opportunity',
    ],
    ['2 quotation for the lead', lead({ quotations: ['open'] }), 'quotation'],
    ['2 quotation via its opportunity', lead({ opportunities: ['quotation'] }), 'quotation'],
    [
      '2 quotation beats opportunity and lost',
      lead({ opportunities: ['open'], quotations: ['lost', 'open'] }),
      'quotation',
    ],
    ['1 converted to a customer', lead({ convertedToCustomer: true }), 'converted'],
    ['1 converted: an order booked on its quotation', lead({ quotations: ['ordered'] }), 'converted'],
    ['1 converted: its opportunity converted', lead({ opportunities: ['converted'] }), 'converted'],
    [
      '1 converted beats everything',
      lead({ convertedToCustomer: true, opportunities: ['open'], quotations: ['open'] }),
      'converted',
    ],
    ['derived beats do not contact', lead({ manual: 'do-not-contact', quotations: ['open'] }), 'quotation'],
  ])('%s', (_rule, facts, status) => {
    expect(leadStatus(facts)).toBe(status);
  });

  it('is total and always returns a listed status', () => {
    fc.assert(
      fc.property(leadFactsArb, (facts) => {
        expect(leadStatusSchema.parse(leadStatus(facts))).toBeDefined();
      }),
    );
  });

  it('returns the by-hand status only when no derived rule matches', () => {
    fc.assert(
      fc.property(leadFactsArb, leadManualArb, (facts, other) => {
        const status = leadStatus(facts);
        const byHand = (LEAD_MANUAL_STATUSES as readonly string[]).includes(status);
        // A by-hand result follows the stored status (a stored Open reads as Opportunity once the
        // lead had one); a derived one ignores it.
        const followed = other === 'open' && facts.opportunities.length > 0 ? 'opportunity' : other;
        expect(leadStatus({ ...facts, manual: other })).toBe(byHand ? followed : status);
        if (byHand) expect(status).toBe(facts.manual);
      }),
    );
  });

  it('Do Not Contact blocks outbound contact, nothing else does', () => {
    for (const status of LEAD_STATUSES)
      expect(blocksOutboundContact(status)).toBe(status === 'do-not-contact');
  });
});

describe('canSetLeadStatusByHand', () => {
  it.each<[string, LeadFacts, LeadStatus, Verdict]>([
    ['open → replied', lead(), 'replied', ok],
    ['replied → interested', lead({ manual: 'replied' }), 'interested', ok],
    ['interested → do not contact', lead({ manual: 'interested' }), 'do-not-contact', ok],
    ['replied → open without opportunity', lead({ manual: 'replied' }), 'open', ok],
    [
      'to open with a lost opportunity',
      lead({ manual: 'replied', opportunities: ['lost'] }),
      'open',
      no('lead-has-opportunity'),
    ],
    [
      'to open with an open opportunity',
      lead({ manual: 'replied', opportunities: ['open'] }),
      'open',
      no('lead-has-opportunity'),
    ],
    [
      'replied with a lost opportunity',
      lead({ manual: 'interested', opportunities: ['lost'] }),
      'replied',
      ok,
    ],
    [
      'replied with an open opportunity',
      lead({ opportunities: ['open'] }),
      'replied',
      no('derived-status-applies'),
    ],
    [
      'do not contact with a quotation',
      lead({ quotations: ['open'] }),
      'do-not-contact',
      no('derived-status-applies'),
    ],
    [
      'interested after a lost quotation',
      lead({ quotations: ['lost'] }),
      'interested',
      no('derived-status-applies'),
    ],
    ['replied when converted', lead({ convertedToCustomer: true }), 'replied', no('derived-status-applies')],
    ['converted is derived', lead(), 'converted', no('status-derived')],
    ['quotation is derived', lead(), 'quotation', no('status-derived')],
    ['opportunity is derived', lead(), 'opportunity', no('status-derived')],
    ['lost quotation is derived', lead(), 'lost-quotation', no('status-derived')],
  ])('%s', (_case, context, target, verdict) => {
    expect(canSetLeadStatusByHand(context, target)).toEqual(verdict);
  });

  it('a lead with an opportunity never returns to Open by hand', () => {
    fc.assert(
      fc.property(leadFactsArb, opportunityStatusArb, (facts, opportunity) => {
        const context = { ...facts, opportunities: [...facts.opportunities, opportunity] };
        expect(canSetLeadStatusByHand(context, 'open').ok).toBe(false);
        expect(allowedLeadStatuses(context).open.ok).toBe(false);
      }),
    );
  });

  it('lists every by-hand status with its verdict for the UI', () => {
    expect(allowedLeadStatuses(lead({ manual: 'replied', opportunities: ['lost'] }))).toEqual({
      open: no('lead-has-opportunity'),
      replied: ok,
      interested: ok,
      'do-not-contact': ok,
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

describe('side effects by re-derivation', () => {
  // One lead with one opportunity and its one submitted quotation; the server re-derives all three.
  const derive = (
    quotation: QuotationFacts,
    manual: OpportunityManualStatus,
    convertedToCustomer: boolean,
  ) => {
    const q = quotationStatus(quotation);
    const o = opportunityStatus({ manual, quotations: [q] });
    const l = leadStatus({ manual: 'interested', convertedToCustomer, opportunities: [o], quotations: [q] });
    return [q, o, l];
  };

  it('before booking: quotation open, opportunity and lead at quotation', () => {
    expect(derive(sent, 'replied', false)).toEqual(['open', 'quotation', 'quotation']);
  });

  it('booking the order: quotation ordered, opportunity and lead converted', () => {
    expect(derive({ ...sent, ordered: true }, 'replied', false)).toEqual([
      'ordered',
      'converted',
      'converted',
    ]);
    expect(derive({ ...sent, ordered: true }, 'replied', true)).toEqual([
      'ordered',
      'converted',
      'converted',
    ]);
  });

  it('cancelling the order: quotation re-derived, opportunity back to quotation, the customer remains', () => {
    // An ordered quotation cannot have been lost, superseded or expired meanwhile, so it is open again.
    expect(derive(sent, 'replied', true)).toEqual(['open', 'quotation', 'converted']);
  });

  it('cancelling a quotation returns its opportunity to Open', () => {
    const cancelled = { ...sent, cancelled: true };
    expect(derive(cancelled, 'open', false)).toEqual(['cancelled', 'open', 'opportunity']);
    for (const manual of ['replied', 'lost'] as const) {
      expect(derive(cancelled, opportunityManualAfterQuotationCancelled(manual), false)[1]).toBe('open');
    }
    expect(opportunityManualAfterQuotationCancelled('closed')).toBe('closed');
  });

  it('a new version supersedes the old one; the opportunity follows the newest', () => {
    const old = quotationStatus({ ...sent, lost: true, superseded: true });
    expect(old).toBe('superseded');
    expect(opportunityStatus({ manual: 'open', quotations: [old, quotationStatus(draft)] })).toBe('open');
    expect(opportunityStatus({ manual: 'open', quotations: [old, quotationStatus(sent)] })).toBe('quotation');
  });
});
