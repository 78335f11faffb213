import type { CustomerLink } from '@kontor/domain/customer-links';
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconLink, IconShieldLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField, parseDateInput, useDateValidator } from '../../ui/DateField';
import { useFormat } from '../../ui/format';
import { OneTimeSecret } from '../../ui/OneTimeSecret';
import { notifyError } from '../../ui/problems';
import { useCreateCustomerLink, useCustomerLinks, useRevokeCustomerLink } from './api';

/**
 * A quotation's customer links (for its detail page): share a submitted quotation, see whether
 * and how often it was opened, revoke a link. The URL is shown once, when the link is made.
 */
export function CustomerLinksPanel({ quotationId, canShare }: { quotationId: string; canShare: boolean }) {
  const { t } = useTranslation();
  const links = useCustomerLinks(quotationId);
  const create = useCreateCustomerLink(quotationId);
  const [expiresOn, setExpiresOn] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const dateError = useDateValidator()(expiresOn);

  const share = () =>
    create.mutate(parseDateInput(expiresOn) ?? null, {
      onSuccess: (link) => {
        setCreated(link.url);
        setExpiresOn('');
      },
      onError: (error) => notifyError(error, t),
    });

  return (
    <Card withBorder padding="lg">
      <Stack>
        <Title order={2} size="h4">
          {t('customerLinks.title')}
        </Title>
        {created ? (
          <OneTimeSecret
            alert={{
              color: 'blue',
              icon: <IconShieldLock aria-hidden />,
              title: t('customerLinks.createdTitle'),
              text: t('customerLinks.createdText'),
            }}
            label={t('customerLinks.url')}
            value={created}
            onDone={() => setCreated(null)}
          />
        ) : canShare ? (
          <Group align="flex-end">
            <DateField
              label={t('customerLinks.expiresOn')}
              description={t('customerLinks.expiresOnHint')}
              value={expiresOn}
              onChange={(event) => setExpiresOn(event.currentTarget.value)}
              error={dateError}
            />
            <Button
              leftSection={<IconLink size={16} aria-hidden />}
              onClick={share}
              loading={create.isPending}
              disabled={dateError !== null}
            >
              {t('customerLinks.create')}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('customerLinks.onlyOpen')}
          </Text>
        )}
        {links.data && links.data.items.length > 0 && (
          <LinkTable quotationId={quotationId} links={links.data.items} />
        )}
      </Stack>
    </Card>
  );
}

function LinkTable({ quotationId, links }: { quotationId: string; links: CustomerLink[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const revoke = useRevokeCustomerLink(quotationId);
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('customerLinks.createdAt')}</Table.Th>
          <Table.Th>{t('customerLinks.expiresAt')}</Table.Th>
          <Table.Th>{t('customerLinks.opened')}</Table.Th>
          <Table.Th>{t('customerLinks.state')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {links.map((link) => (
          <Table.Tr key={link.id}>
            <Table.Td>
              {format.dateTime(link.createdAt)}
              {link.createdByName && (
                <Text size="xs" c="dimmed">
                  {link.createdByName}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{format.date(link.expiresAt)}</Table.Td>
            <Table.Td>
              {link.lastOpenedAt
                ? t('customerLinks.openedTimes', {
                    count: link.openedCount,
                    last: format.dateTime(link.lastOpenedAt),
                  })
                : t('customerLinks.notOpened')}
            </Table.Td>
            <Table.Td>
              <Badge variant="light" color={link.active ? 'green' : 'gray'}>
                {t(`customerLinks.states.${linkState(link)}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              {link.active && (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  loading={revoke.isPending && revoke.variables === link.id}
                  onClick={() => revoke.mutate(link.id, { onError: (error) => notifyError(error, t) })}
                >
                  {t('customerLinks.revoke')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function linkState(link: CustomerLink): 'active' | 'accepted' | 'revoked' | 'expired' {
  if (link.acceptedAt) return 'accepted';
  if (link.revokedAt) return 'revoked';
  return link.active ? 'active' : 'expired';
}
