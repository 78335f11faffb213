import { type Campaign, type CampaignChannel, campaignPeriodValid } from '@kontor/domain/campaigns';
import { formatDateInput, parseDateInput } from '../../ui/DateField';
import { centsToEuros, eurosToCents } from '../../ui/money';
import type { CreateCampaignInput } from './api';

export interface CampaignFormValues {
  name: string;
  channel: CampaignChannel;
  /** As typed (1.3.2026); sent as ISO. */
  startsOn: string;
  endsOn: string;
  /** In euros as typed; sent as integer cents. */
  budget: number | string;
  actualCost: number | string;
  ownerId: string | null;
  active: boolean;
  description: string;
}

export function initialCampaignValues(
  language: string,
  campaign?: Campaign,
  ownerId: string | null = null,
): CampaignFormValues {
  return {
    name: campaign?.name ?? '',
    channel: campaign?.channel ?? 'trade-fair',
    startsOn: formatDateInput(campaign?.startsOn, language),
    endsOn: formatDateInput(campaign?.endsOn, language),
    budget: centsToEuros(campaign?.budgetCents),
    actualCost: centsToEuros(campaign?.actualCostCents),
    ownerId: campaign ? campaign.ownerId : ownerId,
    active: campaign?.active ?? true,
    description: campaign?.description ?? '',
  };
}

/** Server paths that name a field the form shows under another name. */
export function campaignFormPath(path: string): string {
  if (path === 'budgetCents') return 'budget';
  if (path === 'actualCostCents') return 'actualCost';
  return path;
}

export type CampaignFormErrors = Partial<Record<keyof CampaignFormValues, string>>;

/** What is wrong with the values, as i18n keys by field: the server's rules, checked before sending. */
export function campaignFormErrors(values: CampaignFormValues): CampaignFormErrors {
  const errors: CampaignFormErrors = {};
  if (!values.name.trim()) errors.name = 'validation.required';
  else if (values.name.trim().length > 200) errors.name = 'campaigns.validation.nameTooLong';
  const startsOn = parseDateInput(values.startsOn);
  const endsOn = parseDateInput(values.endsOn);
  if (startsOn === undefined) errors.startsOn = 'validation.date';
  if (endsOn === undefined) errors.endsOn = 'validation.date';
  else if (startsOn !== undefined && !campaignPeriodValid(startsOn, endsOn))
    errors.endsOn = 'campaigns.validation.endBeforeStart';
  for (const key of ['budget', 'actualCost'] as const) {
    const cents = eurosToCents(values[key]);
    if (cents !== null && !(cents >= 0 && cents <= Number.MAX_SAFE_INTEGER))
      errors[key] = 'campaigns.validation.amount';
  }
  if (values.description.length > 5000) errors.description = 'campaigns.validation.descriptionTooLong';
  return errors;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The request body the form's values stand for; an empty owner is sent as none. */
export function toCampaignPayload(values: CampaignFormValues): Required<CreateCampaignInput> {
  return {
    name: values.name.trim(),
    channel: values.channel,
    startsOn: parseDateInput(values.startsOn) ?? null,
    endsOn: parseDateInput(values.endsOn) ?? null,
    budgetCents: eurosToCents(values.budget),
    actualCostCents: eurosToCents(values.actualCost),
    ownerId: values.ownerId,
    active: values.active,
    description: orNull(values.description),
  };
}
