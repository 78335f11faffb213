import type { SALUTATIONS } from '@kontor/domain/contacts';
import type { Lead, LeadSource } from '@kontor/domain/leads';
import type { ABC_CLASSES } from '@kontor/domain/organizations';
import { formatDateInput, parseDateInput } from '../../ui/DateField';
import type { CreateLeadInput } from './api';

type Salutation = (typeof SALUTATIONS)[number];
type AbcClass = (typeof ABC_CLASSES)[number];

export interface LeadFormValues {
  companyName: string;
  salutation: Salutation | null;
  title: string;
  firstName: string;
  lastName: string;
  position: string;
  email: string;
  phone: string;
  city: string;
  source: LeadSource | null;
  campaignId: string | null;
  abcClass: AbcClass | null;
  ownerId: string | null;
  /** As typed (1.3.2026); sent as ISO. */
  nextFollowUpOn: string;
}

export function initialLeadValues(
  language: string,
  lead?: Lead,
  ownerId: string | null = null,
): LeadFormValues {
  return {
    companyName: lead?.companyName ?? '',
    salutation: lead?.salutation ?? null,
    title: lead?.title ?? '',
    firstName: lead?.firstName ?? '',
    lastName: lead?.lastName ?? '',
    position: lead?.position ?? '',
    email: lead?.email ?? '',
    phone: lead?.phone ?? '',
    city: lead?.city ?? '',
    source: lead?.source ?? null,
    campaignId: lead?.campaignId ?? null,
    abcClass: lead?.abcClass ?? null,
    ownerId: lead ? lead.ownerId : ownerId,
    nextFollowUpOn: formatDateInput(lead?.nextFollowUpOn, language),
  };
}

export type LeadFormErrors = Partial<Record<keyof LeadFormValues, string>>;

const LIMITS: Partial<Record<keyof LeadFormValues, number>> = {
  companyName: 200,
  title: 40,
  firstName: 100,
  lastName: 100,
  position: 120,
  email: 254,
  phone: 40,
  city: 100,
};

/** What is wrong with the values, as i18n keys by field: the server's rules, checked before sending. */
export function leadFormErrors(values: LeadFormValues): LeadFormErrors {
  const errors: LeadFormErrors = {};
  for (const [key, max] of Object.entries(LIMITS) as [keyof LeadFormValues, number][]) {
    if (String(values[key] ?? '').trim().length > max) errors[key] = 'leads.validation.tooLong';
  }
  if (!values.companyName.trim() && !values.lastName.trim())
    errors.lastName = 'leads.validation.nameRequired';
  // The server's check is stricter; this catches typos before sending.
  if (values.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim()))
    errors.email = 'leads.validation.email';
  if (parseDateInput(values.nextFollowUpOn) === undefined) errors.nextFollowUpOn = 'validation.date';
  return errors;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The request body the form's values stand for; empty texts are sent as none. */
export function toLeadPayload(values: LeadFormValues): Required<CreateLeadInput> {
  return {
    companyName: orNull(values.companyName),
    salutation: values.salutation,
    title: orNull(values.title),
    firstName: orNull(values.firstName),
    lastName: orNull(values.lastName),
    position: orNull(values.position),
    email: orNull(values.email),
    phone: orNull(values.phone),
    city: orNull(values.city),
    source: values.source,
    campaignId: values.campaignId,
    abcClass: values.abcClass,
    ownerId: values.ownerId,
    nextFollowUpOn: parseDateInput(values.nextFollowUpOn) ?? null,
  };
}
