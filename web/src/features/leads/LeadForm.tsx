import { LEAD, type Lead } from '@kontor/domain/leads';
import { Select, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField';
import { FormSection } from '../../ui/FormSection';
import { OwnerSelect } from '../../ui/OwnerSelect';
import { RecordForm } from '../../ui/RecordForm';
import { useFieldLabels } from '../../ui/useFieldLabels';
import { CampaignSelect } from './CampaignSelect';
import { type LeadFormValues, leadFormErrors } from './leadForm';

export type LeadForm = UseFormReturnType<LeadFormValues>;

export function useLeadForm(values: LeadFormValues): LeadForm {
  const { t } = useTranslation();
  return useForm<LeadFormValues>({
    initialValues: values,
    validate: (current) =>
      Object.fromEntries(Object.entries(leadFormErrors(current)).map(([key, code]) => [key, t(code)])),
  });
}

interface LeadFormProps {
  form: LeadForm;
  /** The lead being edited; none when creating. */
  lead?: Lead;
  submitLabel: string;
  pending: boolean;
  disabled?: boolean;
  alert?: ReactNode;
  onSubmit: (values: LeadFormValues, markSaved: () => void) => void;
  onCancel: () => void;
}

/** All fields of a lead in cards; the page around it decides create or edit. */
export function LeadFormFields({ form, lead, ...frame }: LeadFormProps) {
  const { t } = useTranslation();
  const { fieldLabel, options } = useFieldLabels(LEAD);
  const text = (key: keyof LeadFormValues, max: number, extra: object = {}) => (
    <TextInput label={fieldLabel(key)} maxLength={max} {...extra} {...form.getInputProps(key)} />
  );

  return (
    <RecordForm form={form} {...frame}>
      <FormSection title={t('leads.sections.company')}>
        {text('companyName', 200, { 'data-autofocus': true, autoFocus: true })}
        {text('position', 120)}
        <Select
          label={fieldLabel('salutation')}
          data={options('salutation')}
          clearable
          {...form.getInputProps('salutation')}
        />
        {text('title', 40)}
        {text('firstName', 100)}
        {text('lastName', 100)}
      </FormSection>

      <FormSection title={t('leads.sections.reach')}>
        {text('email', 254, { type: 'email' })}
        {text('phone', 40, { type: 'tel' })}
        {text('city', 100)}
      </FormSection>

      <FormSection title={t('leads.sections.qualification')}>
        <Select
          label={fieldLabel('source')}
          data={options('source')}
          clearable
          {...form.getInputProps('source')}
        />
        <CampaignSelect
          label={fieldLabel('campaignName')}
          campaignId={form.values.campaignId}
          campaignName={lead?.campaignName ?? null}
          inputProps={form.getInputProps('campaignId')}
        />
        <Select
          label={fieldLabel('abcClass')}
          data={options('abcClass')}
          clearable
          {...form.getInputProps('abcClass')}
        />
        <OwnerSelect
          label={fieldLabel('ownerName')}
          ownerId={form.values.ownerId}
          inputProps={form.getInputProps('ownerId')}
          record={lead}
          ownerIsYou={t('leads.ownerIsYou')}
        />
        <DateField
          label={fieldLabel('nextFollowUpOn')}
          description={t('leads.followUpHint')}
          {...form.getInputProps('nextFollowUpOn')}
        />
      </FormSection>
    </RecordForm>
  );
}
