import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedOpportunityStatuses,
  canSetOpportunityStatusByHand,
  type OpportunityFacts,
  type OpportunityManualStatus,
  type OpportunityStatus,
  opportunityAutoClose,
  opportunityStatus,
  opportunityStatusSchema,
} from './sales-status.js';
import { no, ok, opportunityFactsArb, opportunityStatusArb, type Verdict } from './sales-status-testing.js';

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
