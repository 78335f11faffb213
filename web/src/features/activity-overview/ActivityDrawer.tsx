import type { Activity } from '@kontor/domain/activities';
import { Badge, Button, Drawer, Group, Stack, Text, Title, Typography } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../ui/api';
import { FactList } from '../../ui/FactList';
import { useFormat } from '../../ui/format';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { useActivity } from '../activities/api';
import { ActivityHistory } from './ActivityHistory';
import { LinkedRecords } from './LinkedRecords';
import { useOverviewCells } from './overviewCells';

/** One entry opened from the overview: its facts, note, links and, on request, its history. */
export function ActivityDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('activityOverview.entry')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {id !== null && <DrawerContent id={id} />}
    </Drawer>
  );
}

function DrawerContent({ id }: { id: string }) {
  const { t } = useTranslation();
  const activity = useActivity(id);
  if (activity.isPending) return <TableSkeleton rows={4} />;
  if (activity.isError) {
    if (activity.error instanceof ApiError && activity.error.status === 404) {
      return <Text>{t('activityOverview.notFound')}</Text>;
    }
    return <ErrorState error={activity.error} onRetry={() => activity.refetch()} />;
  }
  return <EntryDetails activity={activity.data} />;
}

function EntryDetails({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cells = useOverviewCells(undefined, () => false);
  const [showHistory, setShowHistory] = useState(false);

  const facts = [
    { label: t('activityOverview.fields.type'), value: cells.type?.(activity) },
    { label: t('activityOverview.fields.occurredAt'), value: format.dateTime(activity.occurredAt) },
    { label: t('activityOverview.fields.status'), value: cells.status?.(activity) },
    activity.noteTypeLabel && { label: t('activityOverview.fields.noteType'), value: activity.noteTypeLabel },
    activity.dueAt && { label: t('activityOverview.fields.dueAt'), value: format.dateTime(activity.dueAt) },
    activity.status === 'open' && {
      label: t('activityOverview.fields.assignee'),
      value: cells.assigneeName?.(activity),
    },
    activity.outcome && { label: t('activityOverview.fields.outcome'), value: activity.outcome },
    { label: t('activityOverview.fields.creator'), value: cells.creatorName?.(activity) },
    { label: t('activityOverview.fields.linked'), value: <LinkedRecords links={activity.links} /> },
  ].filter((fact) => Boolean(fact)) as { label: string; value: ReactNode }[];

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Title order={2} size="h3">
          {activity.subject}
        </Title>
        {activity.pinned && (
          <Badge variant="light" color="grape" tt="none">
            {t('activityOverview.pinned')}
          </Badge>
        )}
      </Group>
      <FactList facts={facts} />
      {activity.body && (
        <Typography>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the server sanitises every note (A10) before storing it */}
          <div dangerouslySetInnerHTML={{ __html: activity.body }} />
        </Typography>
      )}
      {showHistory ? (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('activityOverview.history')}
          </Title>
          <ActivityHistory activity={activity} />
        </Stack>
      ) : (
        <Button
          variant="subtle"
          leftSection={<IconHistory size={18} aria-hidden />}
          onClick={() => setShowHistory(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('activityOverview.showHistory')}
        </Button>
      )}
    </Stack>
  );
}
