import { Button, Card, Group, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField';
import { OrganizationSelect } from '../../ui/OrganizationSelect';
import { type ContactForm, emptyEmployment } from './contactFormValues';

/** The form's employments, a card each, with buttons to add and remove one. */
export function ContactEmploymentsSection({
  form,
  fieldLabel,
}: {
  form: ContactForm;
  fieldLabel: (key: string) => string;
}) {
  const { t } = useTranslation();
  const values = form.getValues();
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb={4}>
        {t('contacts.sections.employments')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('contacts.employmentsHint')}
      </Text>
      <Stack gap="md">
        {values.employments.map((employment, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are addressed by index in the form
          <Card key={index} withBorder padding="md" bg="var(--mantine-color-default-hover)">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
              <OrganizationSelect
                label={t('contacts.organization')}
                required
                initial={
                  employment.organizationId
                    ? { id: employment.organizationId, name: employment.organizationName }
                    : null
                }
                value={employment.organizationId}
                error={form.getInputProps(`employments.${index}.organizationId`).error}
                onChange={(id, name) => {
                  form.setFieldValue(`employments.${index}.organizationId`, id);
                  form.setFieldValue(`employments.${index}.organizationName`, name ?? '');
                }}
              />
              <TextInput
                label={fieldLabel('position')}
                {...form.getInputProps(`employments.${index}.position`)}
              />
              <TextInput
                label={t('contacts.department')}
                {...form.getInputProps(`employments.${index}.department`)}
              />
              <Group gap="xs" grow align="flex-start">
                <DateField
                  label={t('contacts.from')}
                  {...form.getInputProps(`employments.${index}.startDate`)}
                />
                <DateField label={t('contacts.to')} {...form.getInputProps(`employments.${index}.endDate`)} />
              </Group>
              <Switch
                label={t('organizations.mainContact')}
                description={t('contacts.mainContactHint')}
                {...form.getInputProps(`employments.${index}.isMainContact`, { type: 'checkbox' })}
              />
              <Group justify="flex-end" align="flex-end">
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={() => form.removeListItem('employments', index)}
                >
                  {t('contacts.removeEmployment')}
                </Button>
              </Group>
            </SimpleGrid>
          </Card>
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => form.insertListItem('employments', emptyEmployment())}
          >
            {t('contacts.addEmployment')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
