import { describe, expect, it } from 'vitest';
import { initialOpportunityValues, opportunityFormErrors, toOpportunityPayload } from './opportunityForm';

describe('the opportunity form', () => {
  const filled = {
    ...initialOpportunityValues('de'),
    name: ' Fräsen ',
    organizationId: 'org',
    stageId: 'stage',
    expectedRevenue: 1234.5,
    expectedCloseDate: '31.3.2027',
  };

  it('sends cents, an ISO date and null for the stage default probability', () => {
    expect(toOpportunityPayload(filled)).toMatchObject({
      name: 'Fräsen',
      expectedRevenueCents: 123_450,
      probability: null,
      expectedCloseDate: '2027-03-31',
      competitorIds: [],
    });
    expect(toOpportunityPayload({ ...filled, probability: 35 }).probability).toBe(35);
  });

  it('sends an empty planned cost as null (not planned) and a typed one in cents', () => {
    expect(toOpportunityPayload(filled).plannedCostCents).toBeNull();
    expect(toOpportunityPayload({ ...filled, plannedCost: '0' }).plannedCostCents).toBe(0);
    expect(toOpportunityPayload({ ...filled, plannedCost: 99.99 }).plannedCostCents).toBe(9_999);
    expect(opportunityFormErrors({ ...filled, plannedCost: -1 })).toEqual({
      plannedCost: 'opportunities.validation.revenue',
    });
  });

  it('names the fields that are wrong', () => {
    expect(opportunityFormErrors(filled)).toEqual({});
    expect(
      opportunityFormErrors({
        ...filled,
        organizationId: null,
        probability: 120,
        expectedCloseDate: '32.1.2027',
      }),
    ).toEqual({
      organizationId: 'opportunities.validation.needsCustomer',
      probability: 'opportunities.validation.probability',
      expectedCloseDate: 'validation.date',
    });
  });
});
