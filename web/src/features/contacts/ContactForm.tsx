import { CONTACT, type Contact, SALUTATIONS } from '@kontor/domain/contacts';
import { Select, TagsInput, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField';
import { FormSection } from '../../ui/FormSection';
import { OwnerSelect } from '../../ui/OwnerSelect';
import { RecordForm, type RecordFormFrameProps } from '../../ui/RecordForm';
import { useFieldLabels } from '../../ui/useFieldLabels';
import { ContactAddressesSection } from './ContactAddressesSection';
import { ContactChannelsSection } from './ContactChannelsSection';
import { ContactEmploymentsSection } from './ContactEmploymentsSection';
import type { ContactFormValues } from './contactFormValues';

interface ContactFormProps extends RecordFormFrameProps<ContactFormValues> {
  contact?: Contact;
  /** Under the name fields while creating: likely duplicates. */
  duplicates?: ReactNode;
}

/** All fields of a contact in cards; the page around it decides create or edit. */
export function ContactFormFields({ contact, duplicates, ...frame }: ContactFormProps) {
  const { form } = frame;
  const { t } = useTranslation();
  const { fieldLabel, options } = useFieldLabels(CONTACT);
  const typed = (group: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`contacts.${group}.${value}`) }));

  return (
    <RecordForm {...frame}>
      <FormSection title={t('contacts.sections.person')}>
        <Select
          label={t('contacts.salutation')}
          data={typed('salutations', SALUTATIONS)}
          clearable
          {...form.getInputProps('salutation')}
        />
        <TextInput label={t('contacts.titleField')} placeholder="Dr." {...form.getInputProps('title')} />
        <TextInput
          label={fieldLabel('firstName')}
          autoFocus
          data-autofocus
          autoComplete="off"
          {...form.getInputProps('firstName')}
        />
        <TextInput
          label={fieldLabel('lastName')}
          required
          autoComplete="off"
          {...form.getInputProps('lastName')}
        />
        <DateField label={fieldLabel('birthday')} {...form.getInputProps('birthday')} />
        <Select
          label={fieldLabel('language')}
          data={options('language')}
          allowDeselect={false}
          {...form.getInputProps('language')}
        />
      </FormSection>
      {duplicates}

      <ContactChannelsSection form={form} fieldLabel={fieldLabel} typed={typed} />

      <ContactEmploymentsSection form={form} fieldLabel={fieldLabel} />

      <ContactAddressesSection form={form} />

      <FormSection title={t('contacts.sections.care')}>
        <OwnerSelect
          label={fieldLabel('ownerName')}
          ownerId={form.getValues().ownerId}
          inputProps={form.getInputProps('ownerId')}
          record={contact}
          ownerIsYou={t('contacts.ownerIsYou')}
        />
        <TagsInput
          label={fieldLabel('tags')}
          description={t('organizations.tagsHint')}
          clearable
          {...form.getInputProps('tags')}
        />
      </FormSection>
    </RecordForm>
  );
}
