import { ADDRESS_TYPES } from '@kontor/domain/addresses';
import { Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AddressFields } from '../../ui/AddressFields';
import { type ContactForm, emptyAddress } from './contactFormValues';

/** The contact's own addresses, a card each, with buttons to add and remove one. */
export function ContactAddressesSection({ form }: { form: ContactForm }) {
  const { t } = useTranslation();
  const values = form.getValues();
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h4" mb={4}>
        {t('contacts.sections.addresses')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('contacts.addressesHint')}
      </Text>
      <Stack gap="md">
        {values.addresses.map((_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are addressed by index in the form
          <Card key={index} withBorder padding="md" bg="var(--mantine-color-default-hover)">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
              <Select
                label={t('address.type')}
                data={ADDRESS_TYPES.map((type) => ({ value: type, label: t(`address.types.${type}`) }))}
                allowDeselect={false}
                {...form.getInputProps(`addresses.${index}.type`)}
              />
              <AddressFields path={`addresses.${index}`} inputProps={(path) => form.getInputProps(path)} />
            </SimpleGrid>
            <Group justify="flex-end" mt="xs">
              <Button
                variant="subtle"
                color="red"
                size="xs"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => form.removeListItem('addresses', index)}
              >
                {t('contacts.removeAddress')}
              </Button>
            </Group>
          </Card>
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => form.insertListItem('addresses', emptyAddress())}
          >
            {t('contacts.addAddress')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
