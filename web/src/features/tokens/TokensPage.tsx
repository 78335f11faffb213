import type { ApiToken } from '@kontor/domain/tokens';
import { ActionIcon, Button, Card, Code, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { useFormat } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { notifyError } from '../../ui/problems';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useRevokeToken, useTokens } from './api';
import { CreateTokenModal } from './CreateTokenModal';

export function TokensPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const tokens = useTokens();
  const revokeToken = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const createButton = (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
      {t('tokens.create')}
    </Button>
  );
  const optionalDate = (iso: string | null, fallback: string) =>
    iso ? (
      format.dateTime(iso)
    ) : (
      <Text span size="sm" c="dimmed">
        {fallback}
      </Text>
    );

  const confirmRevoke = () => {
    if (!revoking) return;
    revokeToken.mutate(revoking.id, {
      onSuccess: () =>
        notifications.show({ color: 'teal', message: t('tokens.revoked', { name: revoking.name }) }),
      onError: (error) => notifyError(error, t),
      onSettled: () => setRevoking(null),
    });
  };

  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        description={t('tokens.description')}
        count={tokens.data?.length}
        actions={createButton}
      />
      {tokens.isPending && <TableSkeleton rows={3} />}
      {tokens.isError && <ErrorState error={tokens.error} onRetry={() => tokens.refetch()} />}
      {tokens.data?.length === 0 && (
        <EmptyPanel
          icon={<IconKey aria-hidden />}
          title={t('tokens.emptyTitle')}
          description={t('tokens.emptyText')}
          action={createButton}
        />
      )}
      {tokens.data && tokens.data.length > 0 && (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={720}>
            <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('fields.name')}</Table.Th>
                  <Table.Th>{t('tokens.prefix')}</Table.Th>
                  <Table.Th>{t('tokens.createdAt')}</Table.Th>
                  <Table.Th>{t('tokens.lastUsedAt')}</Table.Th>
                  <Table.Th>{t('tokens.expiresAt')}</Table.Th>
                  <Table.Th>
                    <span className="kontor-visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.data.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Td fw={500}>{token.name}</Table.Td>
                    <Table.Td>
                      <Code>{token.prefix}…</Code>
                    </Table.Td>
                    <Table.Td>{format.dateTime(token.createdAt)}</Table.Td>
                    <Table.Td>{optionalDate(token.lastUsedAt, t('tokens.neverUsed'))}</Table.Td>
                    <Table.Td>{optionalDate(token.expiresAt, t('tokens.noExpiry'))}</Table.Td>
                    <Table.Td ta="right">
                      <Tooltip label={t('tokens.revoke', { name: token.name })}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('tokens.revoke', { name: token.name })}
                          onClick={() => setRevoking(token)}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <CreateTokenModal opened={creating} onClose={() => setCreating(false)} />
      <ConfirmModal
        opened={revoking !== null}
        title={t('tokens.revokeTitle')}
        message={t('tokens.revokeText', { name: revoking?.name ?? '' })}
        confirmLabel={t('tokens.revokeConfirm')}
        loading={revokeToken.isPending}
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      />
    </>
  );
}
