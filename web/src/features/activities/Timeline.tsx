import type { Activity } from '@kontor/domain/activities';
import { Anchor, Group, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight, IconTimeline } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type LiveData, useLiveEvent } from '../../ui/live';
import { ErrorState } from '../../ui/states';
import { ActivityEntry } from './ActivityEntry';
import { allActivitiesPath } from './activityMeta';
import { timelineKey, useTimeline } from './api';

/**
 * A record's timeline (A5, A6), for any record type: its newest pinned entries on top, then its
 * newest others, and the way to all of them. New and changed entries appear live.
 */
export function Timeline({ recordType, recordId }: { recordType: string; recordId: string }) {
  const { t } = useTranslation();
  const timeline = useTimeline(recordType, recordId);
  useLiveTimeline(recordType, recordId);

  if (timeline.isPending) return <TimelineSkeleton />;
  if (timeline.isError) return <ErrorState error={timeline.error} onRetry={() => timeline.refetch()} />;
  const { pinned, recent } = timeline.data;
  if (pinned.length === 0 && recent.length === 0) {
    return (
      <Stack align="center" gap={4} py="lg" ta="center">
        <ThemeIcon variant="light" size="xl" radius="xl" aria-hidden>
          <IconTimeline size={22} />
        </ThemeIcon>
        <Text fw={600}>{t('activities.emptyTitle')}</Text>
        <Text size="sm" c="dimmed">
          {t('activities.emptyText')}
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      {pinned.length > 0 && (
        <Section title={t('activities.pinned')} entries={pinned} testId="timeline-pinned" />
      )}
      {recent.length > 0 && (
        <Section title={t('activities.recent')} entries={recent} testId="timeline-recent" />
      )}
      <Group justify="flex-end">
        <Anchor component={Link} to={allActivitiesPath(recordType, recordId)} size="sm">
          <Group gap={4} component="span">
            {t('activities.showAll')}
            <IconArrowRight size={14} aria-hidden />
          </Group>
        </Anchor>
      </Group>
    </Stack>
  );
}

function Section({ title, entries, testId }: { title: string; entries: Activity[]; testId: string }) {
  return (
    <section aria-label={title} data-testid={testId}>
      <Title order={3} size="h6" c="dimmed" tt="uppercase" mb="xs">
        {title}
      </Title>
      <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {entries.map((activity) => (
          <ActivityEntry key={activity.id} activity={activity} />
        ))}
      </Stack>
    </section>
  );
}

function TimelineSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" aria-busy="true" aria-label={t('common.loading')}>
      {[0, 1, 2].map((row) => (
        <Stack key={row} gap={6} p="sm" style={{ border: '1px solid var(--mantine-color-default-border)' }}>
          <Skeleton height={12} width="30%" />
          <Skeleton height={16} width="70%" />
          <Skeleton height={12} width="50%" />
        </Stack>
      ))}
    </Stack>
  );
}

/**
 * Refetches the timeline when someone records or changes an entry linked to this record. An
 * organisation's timeline also rolls up its subsidiaries' and people's entries, whose links do
 * not name it: there every entry event refetches (the fetch applies the permissions anyway).
 */
function useLiveTimeline(recordType: string, recordId: string) {
  const queryClient = useQueryClient();
  const refetch = () => void queryClient.invalidateQueries({ queryKey: timelineKey(recordType, recordId) });
  const onEvent = (data: LiveData) => {
    if (recordType === 'organization' || touches(data, recordType, recordId)) refetch();
  };
  useLiveEvent('activity.created', onEvent, refetch);
  useLiveEvent('activity.changed', onEvent, refetch);
}

function touches(data: LiveData, recordType: string, recordId: string): boolean {
  const links = Array.isArray(data.links) ? (data.links as unknown[]) : [];
  return links.some(
    (link) =>
      typeof link === 'object' &&
      link !== null &&
      (link as { recordType?: unknown }).recordType === recordType &&
      (link as { recordId?: unknown }).recordId === recordId,
  );
}
