import type { Contact } from '@kontor/domain/contacts';
import type { Organization } from '@kontor/domain/organizations';
import { Anchor, Badge, Button, Group, Stack, Table } from '@mantine/core';
import { IconAddressBook, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { telHref } from '../../ui/links';
import { SimpleTable } from '../../ui/SimpleTable';
import { usePermission } from '../../ui/session';
import { ErrorState, TableSkeleton } from '../../ui/states';
import type { useOrganizationContacts } from './api';

/** The people working for the organisation now; the main contact first and marked. */
export function OrganizationContactsTab({
  organization,
  contacts,
}: {
  organization: Organization;
  contacts: ReturnType<typeof useOrganizationContacts>;
}) {
  const { t } = useTranslation();
  const canWriteContacts = usePermission('contacts.write');
  const addHref = `/contacts/new?${new URLSearchParams({
    organizationId: organization.id,
    organizationName: organization.name,
  })}`;
  const addButton = canWriteContacts && (
    <Button component={Link} to={addHref} leftSection={<IconPlus size={18} aria-hidden />}>
      {t('organizations.addContact')}
    </Button>
  );
  if (contacts.isPending) return <TableSkeleton rows={3} />;
  if (contacts.isError) return <ErrorState error={contacts.error} onRetry={() => contacts.refetch()} />;
  if (contacts.data.length === 0)
    return (
      <EmptyPanel
        icon={<IconAddressBook aria-hidden />}
        title={t('organizations.contactsEmptyTitle')}
        description={t('organizations.contactsEmptyText')}
        action={addButton}
      />
    );
  const isMain = (contact: Contact) =>
    contact.employments.some(
      (employment) =>
        employment.organizationId === organization.id && !employment.endDate && employment.isMainContact,
    );
  const sorted = [...contacts.data].sort((a, b) => Number(isMain(b)) - Number(isMain(a)));
  return (
    <Stack gap="sm">
      <Group justify="flex-end">{addButton}</Group>
      <SimpleTable
        minWidth={640}
        headers={[
          t('contacts.title'),
          t('contacts.sections.employments'),
          t('contacts.emails'),
          t('contacts.phones'),
        ]}
      >
        {sorted.map((contact) => {
          const employment = contact.employments.find(
            (candidate) => candidate.organizationId === organization.id && !candidate.endDate,
          );
          return (
            <Table.Tr key={contact.id}>
              <Table.Td>
                <Group gap="xs">
                  <Anchor
                    component={Link}
                    to={`/contacts/${encodeURIComponent(contact.id)}`}
                    size="sm"
                    fw={500}
                  >
                    {contact.name}
                  </Anchor>
                  {isMain(contact) && (
                    <Badge size="sm" variant="light" color="blue">
                      {t('organizations.mainContact')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                {[employment?.position, employment?.department].filter(Boolean).join(', ') || '–'}
              </Table.Td>
              <Table.Td>
                {contact.email ? (
                  <Anchor href={`mailto:${contact.email}`} size="sm">
                    {contact.email}
                  </Anchor>
                ) : (
                  '–'
                )}
              </Table.Td>
              <Table.Td>
                {contact.phone ? (
                  <Anchor href={telHref(contact.phone)} size="sm">
                    {contact.phone}
                  </Anchor>
                ) : (
                  '–'
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </SimpleTable>
    </Stack>
  );
}
