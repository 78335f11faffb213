import type { Notification, NotificationKind } from '@kontor/domain/notifications';
import { Box, Group, Stack, Text, ThemeIcon, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconAt, IconClockExclamation, IconUserPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';

const ICONS: Record<NotificationKind, ReactNode> = {
  due: <IconClockExclamation size={16} aria-hidden />,
  assigned: <IconUserPlus size={16} aria-hidden />,
  mention: <IconAt size={16} aria-hidden />,
};
const COLORS: Record<NotificationKind, string> = { due: 'orange', assigned: 'blue', mention: 'grape' };

/** One notification: what happened, the entry's subject, its record and when; unread ones stand out. */
export function NotificationItem({
  notification,
  onOpen,
}: {
  notification: Notification;
  onOpen: (notification: Notification) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { kind, actorName, read } = notification;
  const headline =
    kind === 'due'
      ? t('notifications.kind.due')
      : actorName
        ? t(`notifications.kind.${kind}By`, { name: actorName })
        : t(`notifications.kind.${kind}`);
  const facts = [
    notification.record?.name,
    notification.dueAt
      ? t('notifications.dueAt', { date: format.dateTime(notification.dueAt) })
      : format.dateTime(notification.createdAt),
  ].filter(Boolean);

  return (
    <Box component="li">
      <UnstyledButton onClick={() => onOpen(notification)} w="100%" px="md" py="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" color={COLORS[kind]} radius="xl" size="md">
            {ICONS[kind]}
          </ThemeIcon>
          <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
            <Text size="sm" fw={read ? 400 : 700}>
              {!read && <VisuallyHidden>{t('notifications.unread')}: </VisuallyHidden>}
              {headline}
            </Text>
            <Text size="sm" lineClamp={2}>
              {notification.subject}
            </Text>
            {/* Wraps rather than truncates: inside the panel's scroll area a line is as wide as its text. */}
            <Text size="xs" c="dimmed">
              {facts.join(' · ')}
            </Text>
          </Stack>
          {!read && (
            <Box
              aria-hidden
              mt={6}
              w={8}
              h={8}
              style={{ borderRadius: '50%', flexShrink: 0, background: 'var(--mantine-color-blue-filled)' }}
            />
          )}
        </Group>
      </UnstyledButton>
    </Box>
  );
}
