import type { ApiToken } from '@kontor/domain/tokens';
import { ActionIcon, Button, Code, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { useFormat } from '../../ui/format';
import { PageHeader } from '../../ui/PageHeader';
import { notifyError } from '../../ui/problems';
import { SimpleTable } from '../../ui/SimpleTable';
import { ListStates } from '../../ui/states';
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
      <ListStates
        query={tokens}
        skeletonRows={3}
        empty={
          <EmptyPanel
            icon={<IconKey aria-hidden />}
            title={t('tokens.emptyTitle')}
            description={t('tokens.emptyText')}
            action={createButton}
          />
        }
      >
        {(items) => (
          <SimpleTable
            minWidth={720}
            headers={[
              t('fields.name'),
              t('tokens.prefix'),
              t('tokens.createdAt'),
              t('tokens.lastUsedAt'),
              t('tokens.expiresAt'),
            ]}
            actions
          >
            {items.map((token) => (
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
          </SimpleTable>
        )}
      </ListStates>
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
