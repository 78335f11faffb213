import { CHANNELS, EMAIL_TYPES, PHONE_TYPES } from '@kontor/domain/contacts';
import { Card, Group, Select, SimpleGrid, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContactForm } from './contactFormValues';
import { RemoveRowButton } from './RemoveRowButton';
import { RowList } from './RowList';

/** The form's e-mails, phones, preferred channel and consents. */
export function ContactChannelsSection({
  form,
  fieldLabel,
  typed,
}: {
  form: ContactForm;
  fieldLabel: (key: string) => string;
  typed: (group: string, values: readonly string[]) => { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const values = form.getValues();
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb="md">
        {t('contacts.sections.channels')}
      </Title>
      <Stack gap="md">
        <RowList
          title={t('contacts.emails')}
          addLabel={t('contacts.addEmail')}
          onAdd={() => form.insertListItem('emails', { type: 'work', address: '' })}
        >
          {values.emails.map((_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are addressed by index in the form
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <Select
                label={t('contacts.emailType')}
                data={typed('emailTypes', EMAIL_TYPES)}
                allowDeselect={false}
                w={150}
                {...form.getInputProps(`emails.${index}.type`)}
              />
              <TextInput
                label={t('contacts.emailAddress', { number: index + 1 })}
                type="email"
                autoComplete="off"
                style={{ flex: 1 }}
                {...form.getInputProps(`emails.${index}.address`)}
              />
              <RemoveRowButton
                label={t('contacts.removeEmail', { number: index + 1 })}
                onClick={() => form.removeListItem('emails', index)}
              />
            </Group>
          ))}
        </RowList>
        <RowList
          title={t('contacts.phones')}
          addLabel={t('contacts.addPhone')}
          onAdd={() => form.insertListItem('phones', { type: 'work', number: '' })}
        >
          {values.phones.map((_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are addressed by index in the form
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <Select
                label={t('contacts.phoneType')}
                data={typed('phoneTypes', PHONE_TYPES)}
                allowDeselect={false}
                w={150}
                {...form.getInputProps(`phones.${index}.type`)}
              />
              <TextInput
                label={t('contacts.phoneNumber', { number: index + 1 })}
                type="tel"
                autoComplete="off"
                style={{ flex: 1 }}
                {...form.getInputProps(`phones.${index}.number`)}
              />
              <RemoveRowButton
                label={t('contacts.removePhone', { number: index + 1 })}
                onClick={() => form.removeListItem('phones', index)}
              />
            </Group>
          ))}
        </RowList>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <Select
            label={fieldLabel('preferredChannel')}
            data={typed('channels', CHANNELS)}
            clearable
            {...form.getInputProps('preferredChannel')}
          />
          <div />
          <Switch
            label={fieldLabel('doNotContact')}
            description={t('contacts.doNotContactHint')}
            {...form.getInputProps('doNotContact', { type: 'checkbox' })}
          />
          <Switch
            label={fieldLabel('marketingConsent')}
            description={t('contacts.marketingConsentHint')}
            {...form.getInputProps('marketingConsent', { type: 'checkbox' })}
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
