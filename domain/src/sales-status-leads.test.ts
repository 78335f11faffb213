import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedLeadStatuses,
  blocksOutboundContact,
  canSetLeadStatusByHand,
  LEAD_STATUSES,
  type LeadFacts,
  type LeadStatus,
  leadStatus,
  leadStatusSchema,
  type OpportunityManualStatus,
  opportunityManualAfterQuotationCancelled,
  opportunityStatus,
  type QuotationFacts,
  quotationStatus,
} from './sales-status.js';
import {
  draft,
  lead,
  leadFactsArb,
  leadManualArb,
  no,
  ok,
  opportunityStatusArb,
  sent,
  type Verdict,
} from './sales-status-testing.js';

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
        // No derived rule matches when a stored Replied (which no rule derives) comes through.
        const byHand = leadStatus({ ...facts, manual: 'replied' }) === 'replied';
        // A by-hand result follows the stored status (a stored Open reads as Opportunity once the
        // lead had one, even a lost one); a derived one ignores it.
        const follow = (manual: string) =>
          manual === 'open' && facts.opportunities.length > 0 ? 'opportunity' : manual;
        expect(leadStatus({ ...facts, manual: other })).toBe(byHand ? follow(other) : status);
        if (byHand) expect(status).toBe(follow(facts.manual));
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
