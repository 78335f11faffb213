import type { Contact } from '@kontor/domain/contacts';
import { Badge, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AddressBlock, AddressFieldPreview } from '../../ui/AddressBlock';

/** A contact's addresses (perhaps inherited from the organisation) and how the first one is printed. */
export function ContactAddresses({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const current = contact.employments.find((employment) => !employment.endDate);
  return contact.addresses.length === 0 ? (
    <Text size="sm" c="dimmed">
      {t('organizations.noAddress')}
    </Text>
  ) : (
    <Stack gap="md">
      {contact.addressesInherited && (
        <Badge variant="light" color="grape" tt="none" size="lg" radius="sm">
          {t('contacts.inherited')}
        </Badge>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        {contact.addresses.map((address) => (
          <AddressBlock key={address.id} address={address} />
        ))}
      </SimpleGrid>
      {contact.addresses[0] && (
        <AddressFieldPreview
          input={{
            organizationName:
              contact.addressesInherited || contact.addresses[0].type !== 'private'
                ? (current?.organizationName ?? undefined)
                : undefined,
            department: current?.department ?? undefined,
            salutation: contact.salutation,
            title: contact.title ?? undefined,
            firstName: contact.firstName ?? undefined,
            lastName: contact.lastName,
            street: contact.addresses[0].street ?? undefined,
            houseNumber: contact.addresses[0].houseNumber ?? undefined,
            addressLine2: contact.addresses[0].addressLine2 ?? undefined,
            poBox: contact.addresses[0].poBox ?? undefined,
            postalCode: contact.addresses[0].postalCode ?? undefined,
            city: contact.addresses[0].city ?? undefined,
            countryCode: contact.addresses[0].countryCode,
          }}
        />
      )}
    </Stack>
  );
}
