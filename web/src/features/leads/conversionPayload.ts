import type { ConversionCandidates, Lead } from '@kontor/domain/leads';
import { parseDateInput } from '../../ui/DateField';
import { eurosToCents } from '../../ui/money';
import type { ConvertLeadInput } from './api';

/** What the wizard's organisation step decided: an existing one, a new one, or none (a private person). */
export type OrganizationChoice =
  | { mode: 'match'; organizationId: string }
  | { mode: 'create'; name: string }
  | { mode: 'none' };

/** What the contact step decided: an existing contact, one made from the lead's person, or none. */
export type ContactChoice = { mode: 'match'; contactId: string } | { mode: 'create' } | { mode: 'none' };

export interface OpportunityDraft {
  enabled: boolean;
  name: string;
  /** In euros as typed; sent as integer cents. */
  revenue: number | string;
  /** As typed (31.3.2027); sent as ISO. */
  closeDate: string;
  stageId: string | null;
}

export interface WizardState {
  organization: OrganizationChoice;
  contact: ContactChoice;
  /** The user's word that a new record is not one of the candidates shown (needed when there are any). */
  confirmedNewOrganization: boolean;
  confirmedNewContact: boolean;
  opportunity: OpportunityDraft;
}

/**
 * Where the wizard starts: the best candidate when the duplicate check found one (so a duplicate
 * takes a deliberate choice), else a new record from the lead's data, else none.
 */
export function initialWizardState(lead: Lead, candidates: ConversionCandidates): WizardState {
  const organization = candidates.organizations[0];
  const contact = candidates.contacts[0];
  return {
    organization: organization
      ? { mode: 'match', organizationId: organization.id }
      : lead.companyName
        ? { mode: 'create', name: lead.companyName }
        : { mode: 'none' },
    contact: contact
      ? { mode: 'match', contactId: contact.id }
      : lead.lastName
        ? { mode: 'create' }
        : { mode: 'none' },
    confirmedNewOrganization: false,
    confirmedNewContact: false,
    opportunity: {
      enabled: false,
      name: lead.companyName ?? lead.name,
      revenue: '',
      closeDate: '',
      stageId: null,
    },
  };
}

export type WizardStep = 'organization' | 'contact' | 'opportunity';

/** What stops the user on a step, as i18n keys by field; an empty object lets them go on. */
export function stepErrors(
  step: WizardStep,
  state: WizardState,
  lead: Lead,
  candidates: ConversionCandidates,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (step === 'organization') {
    const choice = state.organization;
    if (choice.mode === 'create' && !choice.name.trim()) errors.name = 'validation.required';
    if (choice.mode === 'create' && candidates.organizations.length > 0 && !state.confirmedNewOrganization)
      errors.confirm = 'leads.convert.confirmRequired';
  }
  if (step === 'contact') {
    const choice = state.contact;
    if (choice.mode === 'create' && !lead.lastName) errors.contact = 'leads.convert.noPerson';
    if (choice.mode === 'create' && candidates.contacts.length > 0 && !state.confirmedNewContact)
      errors.confirm = 'leads.convert.confirmRequired';
    if (choice.mode === 'none' && state.organization.mode === 'none')
      errors.contact = 'leads.convert.nothing';
  }
  if (step === 'opportunity' && state.opportunity.enabled) {
    const draft = state.opportunity;
    if (!draft.name.trim()) errors.name = 'validation.required';
    if (!draft.stageId) errors.stageId = 'validation.required';
    const cents = eurosToCents(draft.revenue);
    if (cents === null) errors.revenue = 'validation.required';
    else if (!(cents >= 0 && cents <= Number.MAX_SAFE_INTEGER)) errors.revenue = 'leads.convert.amount';
    if (parseDateInput(draft.closeDate) === undefined) errors.closeDate = 'validation.date';
  }
  return errors;
}

/** The conversion request the wizard's decisions stand for. */
export function toConvertPayload(state: WizardState, version: number): ConvertLeadInput {
  const { organization, contact, opportunity } = state;
  return {
    version,
    organization:
      organization.mode === 'match'
        ? { mode: 'match', organizationId: organization.organizationId }
        : organization.mode === 'create'
          ? {
              mode: 'create',
              name: organization.name.trim(),
              confirmNoDuplicate: state.confirmedNewOrganization,
            }
          : null,
    contact:
      contact.mode === 'match'
        ? { mode: 'match', contactId: contact.contactId }
        : contact.mode === 'create'
          ? { mode: 'create', confirmNoDuplicate: state.confirmedNewContact }
          : null,
    opportunity: opportunity.enabled
      ? {
          name: opportunity.name.trim(),
          expectedRevenueCents: eurosToCents(opportunity.revenue) ?? 0,
          expectedCloseDate: parseDateInput(opportunity.closeDate) ?? null,
          stageId: opportunity.stageId ?? '',
        }
      : null,
  };
}
