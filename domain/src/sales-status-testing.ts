// Facts, verdicts and fast-check arbitraries shared by the sales-status test files.
import fc from 'fast-check';
import {
  LEAD_MANUAL_STATUSES,
  type LeadFacts,
  OPPORTUNITY_MANUAL_STATUSES,
  OPPORTUNITY_STATUSES,
  QUOTATION_STATUSES,
  type QuotationFacts,
} from './sales-status.js';

export type Verdict = { ok: true } | { ok: false; reason: string };
export const ok: Verdict = { ok: true };
export const no = (reason: string): Verdict => ({ ok: false, reason });

export const draft: QuotationFacts = {
  submitted: false,
  cancelled: false,
  ordered: false,
  superseded: false,
  lost: false,
  expired: false,
};
export const sent: QuotationFacts = { ...draft, submitted: true };

export const lead = (facts: Partial<LeadFacts> = {}): LeadFacts => ({
  manual: 'open',
  convertedToCustomer: false,
  opportunities: [],
  quotations: [],
  ...facts,
});

export const quotationStatusArb = fc.constantFrom(...QUOTATION_STATUSES);
export const opportunityStatusArb = fc.constantFrom(...OPPORTUNITY_STATUSES);
export const opportunityManualArb = fc.constantFrom(...OPPORTUNITY_MANUAL_STATUSES);
export const leadManualArb = fc.constantFrom(...LEAD_MANUAL_STATUSES);
export const quotationFactsArb = fc.record({
  submitted: fc.boolean(),
  cancelled: fc.boolean(),
  ordered: fc.boolean(),
  superseded: fc.boolean(),
  lost: fc.boolean(),
  expired: fc.boolean(),
});
export const opportunityFactsArb = fc.record({
  manual: opportunityManualArb,
  quotations: fc.array(quotationStatusArb, { maxLength: 5 }),
});
export const leadFactsArb = fc.record({
  manual: leadManualArb,
  convertedToCustomer: fc.boolean(),
  opportunities: fc.array(opportunityStatusArb, { maxLength: 4 }),
  quotations: fc.array(quotationStatusArb, { maxLength: 5 }),
});
