import { Button, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRestore, IconTrashOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '../../ui/BackLink';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { useFormat } from '../../ui/format';
import { LoadMore } from '../../ui/LoadMore';
import { PageHeader } from '../../ui/PageHeader';
import { notifyError } from '../../ui/problems';
import { SimpleTable } from '../../ui/SimpleTable';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useDeletedActivities, useRestoreActivity } from './deletedApi';
import { LinkedRecords } from './LinkedRecords';
import { useOverviewCells } from './overviewCells';

/** Deleted entries (X4): an admin brings one back with "Wiederherstellen". */
export function DeletedActivitiesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const deleted = useDeletedActivities();
  const restore = useRestoreActivity();
  const cells = useOverviewCells(undefined, () => false);

  const header = (
    <>
      <BackLink to="/activities" label={t('activityOverview.title')} />
      <PageHeader
        title={t('activityOverview.deleted.title')}
        description={t('activityOverview.deleted.description')}
      />
    </>
  );
  if (deleted.isPending)
    return (
      <>
        {header}
        <TableSkeleton rows={6} />
      </>
    );
  if (deleted.isError) {
    return (
      <>
        {header}
        <ErrorState error={deleted.error} onRetry={() => deleted.refetch()} />
      </>
    );
  }
  const rows = deleted.data.pages.flatMap((page) => page.items);
  if (rows.length === 0) {
    return (
      <>
        {header}
        <EmptyPanel
          icon={<IconTrashOff aria-hidden />}
          title={t('activityOverview.deleted.emptyTitle')}
          description={t('activityOverview.deleted.emptyText')}
        />
      </>
    );
  }

  const restoreOne = (id: string, subject: string) =>
    restore.mutate(id, {
      onSuccess: () =>
        notifications.show({ color: 'teal', message: t('activityOverview.deleted.restored', { subject }) }),
      onError: (error) => notifyError(error, t),
    });

  return (
    <>
      {header}
      <SimpleTable
        minWidth={760}
        headers={[
          t('activityOverview.fields.subject'),
          t('activityOverview.fields.type'),
          t('activityOverview.fields.occurredAt'),
          t('activityOverview.fields.linked'),
          t('activityOverview.deleted.deletedAt'),
        ]}
        actions
      >
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td fw={500}>{row.subject}</Table.Td>
            <Table.Td>{cells.type?.(row)}</Table.Td>
            <Table.Td>{format.dateTime(row.occurredAt)}</Table.Td>
            <Table.Td>
              <LinkedRecords links={row.links} max={3} />
            </Table.Td>
            <Table.Td>
              {row.deletedAt ? (
                format.dateTime(row.deletedAt)
              ) : (
                <Text span c="dimmed">
                  –
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="light"
                leftSection={<IconRestore size={16} aria-hidden />}
                loading={restore.isPending && restore.variables === row.id}
                aria-label={t('activityOverview.deleted.restoreOne', { subject: row.subject })}
                onClick={() => restoreOne(row.id, row.subject)}
              >
                {t('activityOverview.deleted.restore')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </SimpleTable>
      {deleted.hasNextPage && (
        <LoadMore loading={deleted.isFetchingNextPage} onLoad={() => void deleted.fetchNextPage()} />
      )}
    </>
  );
}
