import { describe, expect, it } from 'vitest';
import {
  convertLeadSchema,
  createLeadSchema,
  LEAD,
  LEAD_SOURCE_LABELS,
  LEAD_SOURCES,
  leadSchema,
  setLeadStatusSchema,
  updateLeadSchema,
} from './leads.js';
import { LEAD_STATUSES } from './sales-status.js';

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('LEAD record type', () => {
  it('has unique field keys', () => {
    const keys = LEAD.fields.map((field) => field.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every enum field options', () => {
    for (const field of LEAD.fields.filter((f) => f.kind === 'enum' || f.kind === 'enumSet')) {
      expect(field.options?.length, field.key).toBeGreaterThan(0);
    }
  });

  it('offers every lead status as a status option, with labels', () => {
    const status = LEAD.fields.find((field) => field.key === 'status');
    expect(status?.options?.map((o) => o.value)).toEqual([...LEAD_STATUSES]);
    expect(status?.options?.find((o) => o.value === 'do-not-contact')?.label.de).toBe('Nicht kontaktieren');
  });

  it('sorts newest first and its default sort key is a sortable field', () => {
    expect(LEAD.defaultSort).toBe('-createdAt');
    expect(LEAD.fields.find((f) => f.key === 'createdAt')?.sortable).toBe(true);
  });

  it('labels every lead source in German and English', () => {
    for (const source of LEAD_SOURCES) {
      expect(LEAD_SOURCE_LABELS[source].de.length).toBeGreaterThan(0);
      expect(LEAD_SOURCE_LABELS[source].en.length).toBeGreaterThan(0);
    }
  });
});

describe('createLeadSchema', () => {
  it('accepts a company without a person and fills defaults', () => {
    const lead = createLeadSchema.parse({ companyName: 'Müller GmbH' });
    expect(lead).toMatchObject({ companyName: 'Müller GmbH', lastName: null, email: null, source: null });
  });

  it('accepts a private person with only a last name', () => {
    expect(createLeadSchema.safeParse({ lastName: 'Schmidt', source: 'trade-fair' }).success).toBe(true);
  });

  it('rejects a lead with neither company nor last name, at lastName', () => {
    const result = createLeadSchema.safeParse({ firstName: 'Anna', email: 'anna@example.de' });
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toContain('lastName');
  });

  it('treats blank names as missing', () => {
    expect(createLeadSchema.safeParse({ companyName: '   ', lastName: '' }).success).toBe(false);
  });

  it('rejects a malformed e-mail address and trims a valid one', () => {
    const bad = createLeadSchema.safeParse({ lastName: 'Schmidt', email: 'schmidt@' });
    expect(issuePaths(bad)).toContain('email');
    expect(createLeadSchema.parse({ lastName: 'Schmidt', email: ' s@example.de ' }).email).toBe(
      's@example.de',
    );
  });

  it('rejects a follow-up on 31 February and accepts 29 February of a leap year', () => {
    expect(issuePaths(createLeadSchema.safeParse({ lastName: 'S', nextFollowUpOn: '2026-02-31' }))).toContain(
      'nextFollowUpOn',
    );
    expect(createLeadSchema.safeParse({ lastName: 'S', nextFollowUpOn: '2028-02-29' }).success).toBe(true);
    expect(createLeadSchema.safeParse({ lastName: 'S', nextFollowUpOn: '03.12.2026' }).success).toBe(false);
  });

  it('rejects an unknown source, an over-long name and unknown keys', () => {
    expect(createLeadSchema.safeParse({ lastName: 'S', source: 'fax' }).success).toBe(false);
    expect(createLeadSchema.safeParse({ companyName: 'x'.repeat(201) }).success).toBe(false);
    expect(createLeadSchema.safeParse({ lastName: 'S', status: 'converted' }).success).toBe(false);
  });
});

describe('updateLeadSchema and setLeadStatusSchema', () => {
  it('takes a version and any subset of fields', () => {
    expect(updateLeadSchema.safeParse({ version: 3, city: 'Köln' }).success).toBe(true);
    expect(updateLeadSchema.safeParse({ city: 'Köln' }).success).toBe(false);
  });

  it('refuses to clear both company and last name, and a status change', () => {
    expect(updateLeadSchema.safeParse({ version: 1, companyName: null, lastName: null }).success).toBe(false);
    expect(updateLeadSchema.safeParse({ version: 1, companyName: null }).success).toBe(true);
    expect(updateLeadSchema.safeParse({ version: 1, status: 'open' }).success).toBe(false);
  });

  it('sets only manual statuses by hand', () => {
    expect(setLeadStatusSchema.safeParse({ status: 'do-not-contact', version: 1 }).success).toBe(true);
    expect(setLeadStatusSchema.safeParse({ status: 'converted', version: 1 }).success).toBe(false);
    expect(setLeadStatusSchema.safeParse({ status: 'opportunity', version: 1 }).success).toBe(false);
  });
});

describe('convertLeadSchema', () => {
  it('matches an organisation, creates the contact and an opportunity', () => {
    const result = convertLeadSchema.parse({
      version: 2,
      organization: { mode: 'match', organizationId: 'org_1' },
      contact: { mode: 'create' },
      opportunity: {
        name: 'Wartung 2027',
        expectedRevenueCents: 120_000,
        expectedCloseDate: null,
        stageId: 's1',
      },
    });
    expect(result.opportunity?.expectedRevenueCents).toBe(120_000);
  });

  it('converts a private person without organisation or opportunity', () => {
    const result = convertLeadSchema.parse({ version: 1, organization: null, contact: { mode: 'create' } });
    expect(result.opportunity).toBeNull();
  });

  it('rejects a created organisation without a name and a match without an id', () => {
    const base = { version: 1, contact: { mode: 'create' } };
    expect(
      convertLeadSchema.safeParse({ ...base, organization: { mode: 'create', name: ' ' } }).success,
    ).toBe(false);
    expect(convertLeadSchema.safeParse({ ...base, organization: { mode: 'match' } }).success).toBe(false);
  });

  it('rejects negative revenue and an impossible close date', () => {
    const base = { version: 1, organization: null, contact: { mode: 'match', contactId: 'c1' } };
    const opportunity = { name: 'X', expectedRevenueCents: 0, expectedCloseDate: null, stageId: 's1' };
    expect(convertLeadSchema.safeParse({ ...base, opportunity }).success).toBe(true);
    expect(
      convertLeadSchema.safeParse({ ...base, opportunity: { ...opportunity, expectedRevenueCents: -1 } })
        .success,
    ).toBe(false);
    expect(
      convertLeadSchema.safeParse({
        ...base,
        opportunity: { ...opportunity, expectedCloseDate: '2026-04-31' },
      }).success,
    ).toBe(false);
  });
});

describe('leadSchema', () => {
  it('parses a converted lead as the API returns it', () => {
    const lead = {
      id: 'l1',
      name: 'Anna Schmidt (Müller GmbH)',
      companyName: 'Müller GmbH',
      salutation: 'frau',
      title: null,
      firstName: 'Anna',
      lastName: 'Schmidt',
      position: null,
      email: null,
      phone: null,
      city: null,
      status: 'converted',
      manualStatus: 'interested',
      source: 'referral',
      campaignId: null,
      campaignName: null,
      abcClass: 'A',
      ownerId: null,
      ownerName: null,
      nextFollowUpOn: null,
      convertedOrganizationId: 'o1',
      convertedContactId: 'c1',
      convertedAt: '2026-12-03T09:00:00.000Z',
      createdAt: '2026-12-01T09:00:00.000Z',
      updatedAt: '2026-12-03T09:00:00.000Z',
      createdBy: 'u1',
      version: 4,
    };
    expect(leadSchema.parse(lead)).toEqual(lead);
  });
});
