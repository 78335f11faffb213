import { ActionIcon, Indicator, Popover, Tooltip } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationPanel } from './NotificationPanel';
import { useUnreadCount } from './queries';

// Above this the badge says "99+": the exact number no longer changes what the user does.
const MAX_SHOWN = 99;

/** The bell in the top bar (X7): unread count, live; opens the newest notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const unread = useUnreadCount().data ?? 0;
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={380}
      shadow="md"
      trapFocus
      returnFocus
      withinPortal
    >
      <Popover.Target>
        <Indicator
          label={unread > MAX_SHOWN ? `${MAX_SHOWN}+` : unread}
          disabled={unread === 0}
          size={18}
          offset={6}
          color="red"
          inline
        >
          <Tooltip label={t('notifications.bell')} disabled={opened}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              onClick={() => setOpened((open) => !open)}
              aria-label={label}
              aria-haspopup="dialog"
              aria-expanded={opened}
            >
              <IconBell size={20} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown p={0} aria-label={t('notifications.title')}>
        {opened && <NotificationPanel unread={unread} onClose={() => setOpened(false)} />}
      </Popover.Dropdown>
    </Popover>
  );
}
