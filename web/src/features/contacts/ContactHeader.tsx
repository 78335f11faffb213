import { CONTACT, type Contact } from '@kontor/domain/contacts';
import { type FieldDef, fieldOf } from '@kontor/domain/fields';
import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconBan, IconMail, IconPhone } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabel } from '../../ui/fieldFormat';
import { telHref } from '../../ui/links';

/** The name, organisation and channels atop a contact's page, with the page's actions. */
export function ContactHeader({ contact, children }: { contact: Contact; children: ReactNode }) {
  const { t } = useTranslation();
  const label = useLabel();
  const doNotContact = fieldOf(CONTACT, 'doNotContact') as FieldDef;
  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Stack gap={6} style={{ minWidth: 0 }}>
        <Group gap="sm">
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {[contact.title, contact.name].filter(Boolean).join(' ')}
          </Title>
          {contact.doNotContact && (
            <Badge color="red" variant="light" leftSection={<IconBan size={12} aria-hidden />}>
              {label(doNotContact.label)}
            </Badge>
          )}
        </Group>
        {(contact.organizationId || contact.position) && (
          <Text size="sm">
            {contact.position}
            {contact.position && contact.organizationId && ` ${t('contacts.at')} `}
            {contact.organizationId && (
              <Anchor
                component={Link}
                to={`/organizations/${encodeURIComponent(contact.organizationId)}`}
                size="sm"
              >
                {contact.organizationName ?? contact.organizationId}
              </Anchor>
            )}
          </Text>
        )}
        <Group gap="md">
          {contact.email && (
            <Anchor href={`mailto:${contact.email}`} size="sm">
              <Group gap={4} component="span" wrap="nowrap">
                <IconMail size={16} aria-hidden />
                {contact.email}
              </Group>
            </Anchor>
          )}
          {contact.phone && (
            <Anchor href={telHref(contact.phone)} size="sm">
              <Group gap={4} component="span" wrap="nowrap">
                <IconPhone size={16} aria-hidden />
                {contact.phone}
              </Group>
            </Anchor>
          )}
        </Group>
      </Stack>
      {children}
    </Group>
  );
}
