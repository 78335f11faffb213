import type { Notification } from '@kontor/domain/notifications';
import { Box, Button, Divider, Group, ScrollArea, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconBellOff, IconChecks } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { recordPath } from '../../ui/links';
import { notifyError } from '../../ui/problems';
import { ErrorState } from '../../ui/states';
import { NotificationItem } from './NotificationItem';
import { useMarkAllRead, useMarkRead, useNotifications } from './queries';

/**
 * Where a notification leads: a due one to the follow-ups, where it is done or moved; any other
 * to the entry's record, or to the entry in the CRM overview when it has no record to show.
 */
function targetOf(notification: Notification): string {
  if (notification.kind === 'due') return '/follow-ups';
  const path = notification.record && recordPath(notification.record.type, notification.record.id);
  return path ?? `/activities?${new URLSearchParams({ entry: notification.activityId })}`;
}

/** The bell's dropdown: the newest notifications, marking read, opening what they are about. */
export function NotificationPanel({ unread, onClose }: { unread: number; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useNotifications(true);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  // The button disables itself once all is read; focus moves to the panel, not out of it, so
  // the keyboard (Tab, Escape) goes on working.
  const panel = useRef<HTMLDivElement>(null);

  const open = (notification: Notification) => {
    if (!notification.read) markRead.mutate(notification.id, { onError: (error) => notifyError(error, t) });
    onClose();
    navigate(targetOf(notification));
  };

  return (
    <Stack gap={0} ref={panel} tabIndex={-1}>
      <Group justify="space-between" px="md" py="sm" gap="xs">
        <Title order={2} size="h5">
          {t('notifications.title')}
        </Title>
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconChecks size={16} aria-hidden />}
          disabled={unread === 0}
          loading={markAllRead.isPending}
          onClick={() =>
            markAllRead.mutate(undefined, {
              onSuccess: () => panel.current?.focus(),
              onError: (error) => notifyError(error, t),
            })
          }
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      <Divider />
      <ScrollArea.Autosize mah={440} type="auto" scrollbars="y">
        {list.isPending ? (
          <Stack gap="sm" p="md" aria-busy="true" aria-label={t('common.loading')}>
            {[1, 2, 3].map((row) => (
              <Stack key={row} gap={6}>
                <Skeleton height={12} width="60%" />
                <Skeleton height={10} width="85%" />
              </Stack>
            ))}
          </Stack>
        ) : list.isError ? (
          <Box p="md">
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          </Box>
        ) : items.length === 0 ? (
          <Stack align="center" gap={6} p="lg">
            <IconBellOff size={28} aria-hidden color="var(--mantine-color-dimmed)" />
            <Text size="sm" fw={500}>
              {t('notifications.empty')}
            </Text>
            <Text size="xs" c="dimmed" ta="center">
              {t('notifications.emptyHint')}
            </Text>
          </Stack>
        ) : (
          <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {items.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} onOpen={open} />
            ))}
          </Box>
        )}
        {list.hasNextPage && (
          <Group justify="center" p="sm">
            <Button
              size="compact-sm"
              variant="default"
              loading={list.isFetchingNextPage}
              onClick={() => void list.fetchNextPage()}
            >
              {t('list.loadMore')}
            </Button>
          </Group>
        )}
      </ScrollArea.Autosize>
    </Stack>
  );
}
