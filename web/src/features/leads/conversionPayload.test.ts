import type { ConversionCandidates, Lead } from '@kontor/domain/leads';
import { describe, expect, it } from 'vitest';
import { initialWizardState, stepErrors, toConvertPayload, type WizardState } from './conversionPayload';

const lead: Lead = {
  id: 'l1',
  name: 'Paul Holz (Schreinerei Holz KG)',
  companyName: 'Schreinerei Holz KG',
  salutation: 'herr',
  title: null,
  firstName: 'Paul',
  lastName: 'Holz',
  position: 'Geschäftsführer',
  email: 'paul@holz-kg.de',
  phone: null,
  city: 'Berlin',
  status: 'interested',
  manualStatus: 'interested',
  source: 'web-form',
  campaignId: null,
  campaignName: null,
  abcClass: null,
  ownerId: 'u1',
  ownerName: 'Ada Admin',
  nextFollowUpOn: null,
  convertedOrganizationId: null,
  convertedContactId: null,
  convertedAt: null,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  createdBy: 'u1',
  version: 3,
};

const none: ConversionCandidates = { organizations: [], contacts: [] };
const found: ConversionCandidates = {
  organizations: [{ id: 'o9', name: 'Schreinerei Holz GmbH', city: 'Berlin', reasons: ['name'] }],
  contacts: [
    {
      id: 'c9',
      name: 'Paul Holz',
      organizationName: null,
      email: 'paul@holz-kg.de',
      city: null,
      reasons: ['email'],
    },
  ],
};

describe('the conversion wizard', () => {
  it('starts with new records from the lead when nothing similar exists', () => {
    const state = initialWizardState(lead, none);
    expect(state.organization).toEqual({ mode: 'create', name: 'Schreinerei Holz KG' });
    expect(state.contact).toEqual({ mode: 'create' });
    expect(toConvertPayload(state, lead.version)).toEqual({
      version: 3,
      organization: { mode: 'create', name: 'Schreinerei Holz KG', confirmNoDuplicate: false },
      contact: { mode: 'create', confirmNoDuplicate: false },
      opportunity: null,
    });
  });

  it('starts with the candidates found, so a duplicate takes a deliberate choice', () => {
    const state = initialWizardState(lead, found);
    expect(toConvertPayload(state, 3)).toEqual({
      version: 3,
      organization: { mode: 'match', organizationId: 'o9' },
      contact: { mode: 'match', contactId: 'c9' },
      opportunity: null,
    });
  });

  it('asks for confirmation before creating beside a candidate, and sends it', () => {
    const state: WizardState = {
      ...initialWizardState(lead, found),
      organization: { mode: 'create', name: 'Schreinerei Holz KG' },
    };
    expect(stepErrors('organization', state, lead, found)).toEqual({
      confirm: 'leads.convert.confirmRequired',
    });
    const confirmed = { ...state, confirmedNewOrganization: true };
    expect(stepErrors('organization', confirmed, lead, found)).toEqual({});
    expect(toConvertPayload(confirmed, 3).organization).toEqual({
      mode: 'create',
      name: 'Schreinerei Holz KG',
      confirmNoDuplicate: true,
    });
  });

  it('sends a private person without organisation, and refuses neither organisation nor contact', () => {
    const state: WizardState = { ...initialWizardState(lead, none), organization: { mode: 'none' } };
    expect(toConvertPayload(state, 3).organization).toBeNull();
    const nothing: WizardState = { ...state, contact: { mode: 'none' } };
    expect(stepErrors('contact', nothing, lead, none)).toEqual({ contact: 'leads.convert.nothing' });
    const companyOnly = { ...lead, firstName: null, lastName: null };
    expect(initialWizardState(companyOnly, none).contact).toEqual({ mode: 'none' });
    expect(stepErrors('contact', state, companyOnly, none)).toEqual({ contact: 'leads.convert.noPerson' });
  });

  it('turns the opportunity into cents and an ISO date, and checks it first', () => {
    const base = initialWizardState(lead, none);
    const draft = {
      enabled: true,
      name: ' Werkstatt ',
      revenue: '12500,50',
      closeDate: '31.3.2027',
      stageId: 's2',
    };
    const state: WizardState = { ...base, opportunity: draft };
    expect(stepErrors('opportunity', state, lead, none)).toEqual({});
    expect(toConvertPayload(state, 3).opportunity).toEqual({
      name: 'Werkstatt',
      expectedRevenueCents: 1_250_050,
      expectedCloseDate: '2027-03-31',
      stageId: 's2',
    });
    const wrong = {
      ...state,
      opportunity: { ...draft, name: '', revenue: '', closeDate: '31.2.2027', stageId: null },
    };
    expect(stepErrors('opportunity', wrong, lead, none)).toEqual({
      name: 'validation.required',
      revenue: 'validation.required',
      closeDate: 'validation.date',
      stageId: 'validation.required',
    });
    expect(stepErrors('opportunity', base, lead, none)).toEqual({});
  });
});
