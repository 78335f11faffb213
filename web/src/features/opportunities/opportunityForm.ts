import type { LeadSource } from '@kontor/domain/leads';
import { formatDateInput, parseDateInput } from '../../ui/DateField';
import { centsToEuros, eurosToCents } from '../../ui/money';
import type { CreateOpportunityInput, OpportunityView } from './api';

export interface OpportunityFormValues {
  name: string;
  organizationId: string | null;
  leadId: string | null;
  contactId: string | null;
  stageId: string | null;
  /** In euros as typed (a number, or '' when empty); sent as integer cents. */
  expectedRevenue: number | string;
  /** In euros as typed; '' means no cost is planned (sent as null, unlike 0). */
  plannedCost: number | string;
  /** Whole percent as typed; '' means the stage's default. */
  probability: number | string;
  /** As typed in the user's notation; sent as an ISO date. */
  expectedCloseDate: string;
  ownerId: string | null;
  teamId: string | null;
  source: LeadSource | null;
  campaignId: string | null;
  competitorIds: string[];
}

export function initialOpportunityValues(
  language: string,
  opportunity?: OpportunityView,
  defaults: Partial<OpportunityFormValues> = {},
): OpportunityFormValues {
  return {
    name: opportunity?.name ?? '',
    organizationId: opportunity?.organizationId ?? null,
    leadId: opportunity?.leadId ?? null,
    contactId: opportunity?.contactId ?? null,
    stageId: opportunity?.stageId ?? null,
    expectedRevenue: centsToEuros(opportunity?.expectedRevenueCents),
    plannedCost: centsToEuros(opportunity?.plannedCostCents ?? undefined),
    probability: opportunity?.probabilityOverridden ? opportunity.probability : '',
    expectedCloseDate: formatDateInput(opportunity?.expectedCloseDate, language),
    ownerId: opportunity ? opportunity.ownerId : null,
    teamId: opportunity?.teamId ?? null,
    source: opportunity?.source ?? null,
    campaignId: opportunity?.campaignId ?? null,
    competitorIds: opportunity?.competitors.map((c) => c.id) ?? [],
    ...defaults,
  };
}

/** Server paths that name a field the form shows under another name. */
export function opportunityFormPath(path: string): string {
  if (path === 'expectedRevenueCents') return 'expectedRevenue';
  return path === 'plannedCostCents' ? 'plannedCost' : path;
}

/** What is wrong with the values, as i18n keys by field (the limits the server checks). */
export function opportunityFormErrors(
  values: OpportunityFormValues,
): Partial<Record<keyof OpportunityFormValues, string>> {
  const errors: Partial<Record<keyof OpportunityFormValues, string>> = {};
  if (!values.name.trim()) errors.name = 'validation.required';
  else if (values.name.trim().length > 200) errors.name = 'opportunities.validation.nameTooLong';
  if (!values.organizationId && !values.leadId)
    errors.organizationId = 'opportunities.validation.needsCustomer';
  if (!values.stageId) errors.stageId = 'validation.required';
  const cents = eurosToCents(values.expectedRevenue);
  if (cents !== null && !(cents >= 0 && Number.isSafeInteger(cents)))
    errors.expectedRevenue = 'opportunities.validation.revenue';
  const cost = eurosToCents(values.plannedCost);
  if (cost !== null && !(cost >= 0 && Number.isSafeInteger(cost)))
    errors.plannedCost = 'opportunities.validation.revenue';
  if (parseDateInput(values.expectedCloseDate) === undefined) errors.expectedCloseDate = 'validation.date';
  if (values.probability !== '') {
    const p = Number(values.probability);
    if (!Number.isInteger(p) || p < 0 || p > 100) errors.probability = 'opportunities.validation.probability';
  }
  return errors;
}

/** The request body the values stand for; `ownerId` only when chosen (the server defaults it to the creator). */
export function toOpportunityPayload(
  values: OpportunityFormValues,
): CreateOpportunityInput & { stageId: string } {
  return {
    name: values.name.trim(),
    organizationId: values.organizationId,
    leadId: values.leadId,
    contactId: values.contactId,
    stageId: values.stageId ?? '',
    expectedRevenueCents: eurosToCents(values.expectedRevenue) ?? 0,
    plannedCostCents: eurosToCents(values.plannedCost),
    probability: values.probability === '' ? null : Number(values.probability),
    expectedCloseDate: parseDateInput(values.expectedCloseDate) ?? null,
    ownerId: values.ownerId,
    teamId: values.teamId,
    source: values.source,
    campaignId: values.campaignId,
    competitorIds: values.competitorIds,
  };
}
