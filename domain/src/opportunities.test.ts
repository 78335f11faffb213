import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createLostReasonSchema,
  createOpportunitySchema,
  createPipelineStageSchema,
  moveOpportunitySchema,
  OPPORTUNITY,
  setOpportunityStatusSchema,
  updateLostReasonSchema,
  updateOpportunitySchema,
  updatePipelineStageSchema,
  weightedRevenueCents,
} from './opportunities.js';
import { OPPORTUNITY_STATUSES } from './sales-status.js';

const valid = { name: 'Wartungsvertrag', organizationId: 'o1', stageId: 's1', expectedRevenueCents: 500_000 };

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('OPPORTUNITY record type', () => {
  it('has unique field keys', () => {
    const keys = OPPORTUNITY.fields.map((field) => field.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every enum field options', () => {
    for (const field of OPPORTUNITY.fields.filter((f) => f.kind === 'enum' || f.kind === 'enumSet')) {
      expect(field.options?.length, field.key).toBeGreaterThan(0);
    }
  });

  it('offers every opportunity status, and types revenue as money', () => {
    const byKey = (key: string) => OPPORTUNITY.fields.find((field) => field.key === key);
    expect(byKey('status')?.options?.map((o) => o.value)).toEqual([...OPPORTUNITY_STATUSES]);
    expect(byKey('expectedRevenue')?.kind).toBe('money');
    expect(byKey('weightedRevenue')?.kind).toBe('money');
    expect(byKey('expectedCloseDate')?.kind).toBe('date');
    expect(OPPORTUNITY.defaultSort).toBe('-updatedAt');
  });
});

describe('createOpportunitySchema', () => {
  it('accepts an opportunity for an organisation and leaves the probability to the stage', () => {
    const opportunity = createOpportunitySchema.parse(valid);
    expect(opportunity).toMatchObject({ probability: null, leadId: null, competitorIds: [] });
  });

  it('accepts one for a lead, and one for both', () => {
    expect(
      createOpportunitySchema.safeParse({ ...valid, organizationId: undefined, leadId: 'l1' }).success,
    ).toBe(true);
    expect(createOpportunitySchema.safeParse({ ...valid, leadId: 'l1' }).success).toBe(true);
  });

  it('rejects one with neither organisation nor lead, at organizationId', () => {
    const result = createOpportunitySchema.safeParse({ ...valid, organizationId: null });
    expect(issuePaths(result)).toContain('organizationId');
  });

  it('rejects a missing name, probability 101 or 12.5, and negative revenue', () => {
    expect(issuePaths(createOpportunitySchema.safeParse({ ...valid, name: '  ' }))).toContain('name');
    expect(createOpportunitySchema.safeParse({ ...valid, probability: 101 }).success).toBe(false);
    expect(createOpportunitySchema.safeParse({ ...valid, probability: 12.5 }).success).toBe(false);
    expect(createOpportunitySchema.safeParse({ ...valid, probability: 100 }).success).toBe(true);
    expect(createOpportunitySchema.safeParse({ ...valid, expectedRevenueCents: -1 }).success).toBe(false);
    expect(createOpportunitySchema.safeParse({ ...valid, expectedRevenueCents: 10.5 }).success).toBe(false);
  });

  it('rejects 31 February as expected close date', () => {
    expect(
      issuePaths(createOpportunitySchema.safeParse({ ...valid, expectedCloseDate: '2027-02-31' })),
    ).toContain('expectedCloseDate');
    expect(createOpportunitySchema.safeParse({ ...valid, expectedCloseDate: '2027-02-28' }).success).toBe(
      true,
    );
  });

  it('rejects unknown keys, an unknown source and a status', () => {
    expect(createOpportunitySchema.safeParse({ ...valid, stage: 'Angebot' }).success).toBe(false);
    expect(createOpportunitySchema.safeParse({ ...valid, status: 'lost' }).success).toBe(false);
    expect(createOpportunitySchema.safeParse({ ...valid, source: 'fax' }).success).toBe(false);
    expect(createOpportunitySchema.safeParse({ ...valid, source: 'trade-fair' }).success).toBe(true);
  });
});

describe('updating and moving', () => {
  it('updates with a version and any subset, but not to no organisation and no lead', () => {
    expect(updateOpportunitySchema.safeParse({ version: 2, probability: 40 }).success).toBe(true);
    expect(updateOpportunitySchema.safeParse({ probability: 40 }).success).toBe(false);
    expect(
      updateOpportunitySchema.safeParse({ version: 2, organizationId: null, leadId: null }).success,
    ).toBe(false);
  });

  it('moves to a stage with a version and nothing else', () => {
    expect(moveOpportunitySchema.safeParse({ stageId: 's2', version: 5 }).success).toBe(true);
    expect(moveOpportunitySchema.safeParse({ stageId: 's2' }).success).toBe(false);
    expect(moveOpportunitySchema.safeParse({ stageId: 's2', version: 5, position: 1 }).success).toBe(false);
  });
});

describe('setOpportunityStatusSchema', () => {
  it('refuses Lost without a lost reason, at lostReasonIds', () => {
    const result = setOpportunityStatusSchema.safeParse({ status: 'lost', version: 1 });
    expect(issuePaths(result)).toContain('lostReasonIds');
  });

  it('accepts Lost with a reason and a note', () => {
    const ok = setOpportunityStatusSchema.safeParse({
      status: 'lost',
      version: 1,
      lostReasonIds: ['r1'],
      lostNote: 'Zu teuer',
    });
    expect(ok.success).toBe(true);
  });

  it('takes no lost reasons with other statuses, and no derived status', () => {
    expect(setOpportunityStatusSchema.safeParse({ status: 'replied', version: 1 }).success).toBe(true);
    expect(
      setOpportunityStatusSchema.safeParse({ status: 'open', version: 1, lostReasonIds: ['r1'] }).success,
    ).toBe(false);
    expect(setOpportunityStatusSchema.safeParse({ status: 'converted', version: 1 }).success).toBe(false);
    expect(setOpportunityStatusSchema.safeParse({ status: 'quotation', version: 1 }).success).toBe(false);
  });
});

describe('pipeline stages and lost reasons', () => {
  it('bounds a stage probability to 0..100 and needs a name', () => {
    expect(createPipelineStageSchema.parse({ name: 'Angebot', probability: 60 }).folded).toBe(false);
    expect(createPipelineStageSchema.safeParse({ name: 'Angebot', probability: 101 }).success).toBe(false);
    expect(createPipelineStageSchema.safeParse({ name: '', probability: 10 }).success).toBe(false);
    expect(updatePipelineStageSchema.safeParse({ version: 1, folded: true }).success).toBe(true);
    expect(updatePipelineStageSchema.safeParse({ version: 1, color: 'red' }).success).toBe(false);
  });

  it('creates active lost reasons and updates them with a version', () => {
    expect(createLostReasonSchema.parse({ name: 'Preis' }).active).toBe(true);
    expect(createLostReasonSchema.safeParse({ name: ' ' }).success).toBe(false);
    expect(updateLostReasonSchema.safeParse({ version: 1, active: false }).success).toBe(true);
    expect(updateLostReasonSchema.safeParse({ active: false }).success).toBe(false);
  });
});

describe('weightedRevenueCents', () => {
  it('weights 5.000,00 € at 30 % as 1.500,00 €', () => {
    expect(weightedRevenueCents(500_000, 30)).toBe(150_000);
  });

  it('rounds half a cent up (commercially) and below half down', () => {
    expect(weightedRevenueCents(1, 50)).toBe(1); // 0,005 € → 0,01 €
    expect(weightedRevenueCents(3, 50)).toBe(2); // 0,015 € → 0,02 €, not to even
    expect(weightedRevenueCents(1, 49)).toBe(0); // 0,0049 €
    expect(weightedRevenueCents(333, 33)).toBe(110); // 109,89 ct
  });

  it('keeps 0 % and 100 % exact, even at the largest amount', () => {
    expect(weightedRevenueCents(Number.MAX_SAFE_INTEGER, 100)).toBe(Number.MAX_SAFE_INTEGER);
    expect(weightedRevenueCents(Number.MAX_SAFE_INTEGER, 0)).toBe(0);
    expect(weightedRevenueCents(Number.MAX_SAFE_INTEGER, 99)).toBe(8_917_127_262_193_581); // 8.917.127.262.193.581,09;
  });

  it('refuses fractional cents or probabilities out of range', () => {
    expect(() => weightedRevenueCents(10.5, 50)).toThrow(RangeError);
    expect(() => weightedRevenueCents(-1, 50)).toThrow(RangeError);
    expect(() => weightedRevenueCents(100, 101)).toThrow(RangeError);
    expect(() => weightedRevenueCents(100, 33.3)).toThrow(RangeError);
  });

  it('is an integer no larger than the expected revenue, and monotonic in probability', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 99 }),
        (expected, probability) => {
          const weighted = weightedRevenueCents(expected, probability);
          expect(Number.isInteger(weighted)).toBe(true);
          expect(weighted).toBeGreaterThanOrEqual(0);
          expect(weighted).toBeLessThanOrEqual(expected);
          expect(weighted).toBeLessThanOrEqual(weightedRevenueCents(expected, probability + 1));
        },
      ),
    );
  });
});
