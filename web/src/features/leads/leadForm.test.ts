import { describe, expect, it } from 'vitest';
import { initialLeadValues, leadFormErrors, toLeadPayload } from './leadForm';

describe('the lead form', () => {
  const empty = initialLeadValues('de', undefined, 'u1');

  it('needs a company or a last name and a real follow-up date', () => {
    expect(leadFormErrors(empty)).toEqual({ lastName: 'leads.validation.nameRequired' });
    expect(leadFormErrors({ ...empty, companyName: 'Holz KG', nextFollowUpOn: '30.2.2027' })).toEqual({
      nextFollowUpOn: 'validation.date',
    });
    expect(leadFormErrors({ ...empty, lastName: 'Holz', email: 'paul@holz' })).toEqual({
      email: 'leads.validation.email',
    });
    expect(leadFormErrors({ ...empty, lastName: 'x'.repeat(101) })).toEqual({
      lastName: 'leads.validation.tooLong',
    });
  });

  it('sends trimmed texts, none for empty ones, and the date as ISO', () => {
    const payload = toLeadPayload({
      ...empty,
      companyName: '  Holz KG ',
      lastName: 'Holz',
      source: 'trade-fair',
      nextFollowUpOn: '10.12.2026',
    });
    expect(payload).toMatchObject({
      companyName: 'Holz KG',
      lastName: 'Holz',
      firstName: null,
      email: null,
      source: 'trade-fair',
      ownerId: 'u1',
      nextFollowUpOn: '2026-12-10',
    });
  });
});
