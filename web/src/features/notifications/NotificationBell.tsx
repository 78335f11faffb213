import { UNREAD_COUNT_CAP } from '@kontor/domain/notifications';
import { ActionIcon, Indicator, Popover, Tooltip } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationPanel } from './NotificationPanel';
import { useUnreadCount } from './queries';

// Above this the badge says "99+": the exact number no longer changes what the user does.
const MAX_SHOWN = UNREAD_COUNT_CAP - 1;

/** The bell in the top bar (X7): unread count, live; opens the newest notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const unread = useUnreadCount().data ?? 0;
  const label =
    unread > MAX_SHOWN
      ? t('notifications.bellMany', { count: MAX_SHOWN })
      : unread > 0
        ? t('notifications.bellUnread', { count: unread })
        : t('notifications.bell');

  return (
    // The badge sits outside the popover's target: the target's ARIA attributes belong on the button.
    <Indicator
      label={unread > MAX_SHOWN ? `${MAX_SHOWN}+` : unread}
      disabled={unread === 0}
      size={18}
      offset={6}
      color="red"
      inline
    >
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width={420}
        shadow="md"
        trapFocus
        returnFocus
        withinPortal
      >
        <Tooltip label={t('notifications.bell')} disabled={opened}>
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              onClick={() => setOpened((open) => !open)}
              aria-label={label}
            >
              <IconBell size={20} aria-hidden />
            </ActionIcon>
          </Popover.Target>
        </Tooltip>
        {/* At phone width the panel keeps a margin to the screen's edges. */}
        <Popover.Dropdown p={0} maw="calc(100vw - 16px)" aria-label={t('notifications.title')}>
          {opened && <NotificationPanel unread={unread} onClose={() => setOpened(false)} />}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
