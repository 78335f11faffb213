import type { Campaign } from '@kontor/domain/campaigns';
import { describe, expect, it } from 'vitest';
import {
  type CampaignFormValues,
  campaignFormErrors,
  campaignFormPath,
  initialCampaignValues,
  toCampaignPayload,
} from './campaignForm';

const campaign: Campaign = {
  id: 'k1',
  name: 'Hannover Messe 2026',
  channel: 'trade-fair',
  startsOn: '2026-04-20',
  endsOn: '2026-04-24',
  budgetCents: 2_500_000,
  actualCostCents: 1_234_56,
  currency: 'EUR',
  ownerId: 'u1',
  ownerName: 'Anna Admin',
  active: true,
  description: null,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  createdBy: 'u1',
  version: 2,
};

const filled = (change: Partial<CampaignFormValues> = {}): CampaignFormValues => ({
  ...initialCampaignValues('de', undefined, 'u1'),
  name: 'Frühjahrsmailing',
  ...change,
});

describe('the campaign form', () => {
  it('shows the period in the user’s notation and the amounts in euros', () => {
    expect(initialCampaignValues('de', campaign)).toMatchObject({
      startsOn: '20.04.2026',
      endsOn: '24.04.2026',
      budget: 25000,
      actualCost: 1234.56,
      ownerId: 'u1',
    });
    expect(initialCampaignValues('en', campaign).startsOn).toBe('20/04/2026');
  });

  it('starts a new campaign with the creator as owner', () => {
    expect(initialCampaignValues('de', undefined, 'me').ownerId).toBe('me');
  });

  it('sends dates as ISO, amounts as cents, empty ones as null', () => {
    expect(
      toCampaignPayload(filled({ startsOn: '1.3.2026', endsOn: '', budget: 1234.56, actualCost: '' })),
    ).toMatchObject({
      startsOn: '2026-03-01',
      endsOn: null,
      budgetCents: 123456,
      actualCostCents: null,
      ownerId: 'u1',
    });
  });

  it('gives back the same payload for an unchanged campaign, so an edit sends only what changed', () => {
    expect(toCampaignPayload(initialCampaignValues('de', campaign))).toEqual({
      name: 'Hannover Messe 2026',
      channel: 'trade-fair',
      startsOn: '2026-04-20',
      endsOn: '2026-04-24',
      budgetCents: 2_500_000,
      actualCostCents: 123456,
      ownerId: 'u1',
      active: true,
      description: null,
    });
  });

  it('refuses an end before the start, at the end field', () => {
    expect(campaignFormErrors(filled({ startsOn: '10.03.2026', endsOn: '9.3.2026' }))).toEqual({
      endsOn: 'campaigns.validation.endBeforeStart',
    });
  });

  it('accepts an end on the start day, and open periods', () => {
    expect(campaignFormErrors(filled({ startsOn: '10.03.2026', endsOn: '10.03.2026' }))).toEqual({});
    expect(campaignFormErrors(filled({ startsOn: '10.03.2026', endsOn: '' }))).toEqual({});
    expect(campaignFormErrors(filled({ startsOn: '', endsOn: '2026-03-09' }))).toEqual({});
  });

  it('asks for a name, real dates and amounts of at least 0', () => {
    expect(
      campaignFormErrors(
        filled({ name: '', startsOn: '31.02.2026', endsOn: 'morgen', budget: -5, actualCost: -1 }),
      ),
    ).toEqual({
      name: 'validation.required',
      startsOn: 'validation.date',
      endsOn: 'validation.date',
      budget: 'campaigns.validation.amount',
      actualCost: 'campaigns.validation.amount',
    });
  });

  it('puts the server’s errors on cents fields at the euro fields', () => {
    expect(campaignFormPath('budgetCents')).toBe('budget');
    expect(campaignFormPath('actualCostCents')).toBe('actualCost');
    expect(campaignFormPath('endsOn')).toBe('endsOn');
  });
});
