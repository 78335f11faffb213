import type { Activity } from '@kontor/domain/activities';
import { ActionIcon, Button, Group, Menu, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCheck,
  IconDots,
  IconHistory,
  IconPaperclip,
  IconPencil,
  IconPin,
  IconPinnedOff,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { notifyError } from '../../ui/problems';
import { usePermission } from '../../ui/session';
import { ActivityFormModal } from './ActivityFormModal';
import { SYSTEM_WRITTEN } from './activityMeta';
import { useDeleteActivity, usePinActivity } from './api';
import { CompleteModal } from './CompleteModal';

/**
 * What one may do with an entry now: mark it done, pin or unpin it in place, edit, delete, and
 * show its changes. Actions the role lacks are not offered.
 */
export function EntryActions({
  activity,
  showHistory,
  onToggleHistory,
  attachments,
}: {
  activity: Activity;
  showHistory: boolean;
  onToggleHistory: (show: boolean) => void;
  /** Entries that can carry files: whether their list is shown, and, for writers, adding one. */
  attachments?: { open: boolean; onToggle: (open: boolean) => void; onAdd?: () => void };
}) {
  const { t } = useTranslation();
  const canWrite = usePermission('activities.write');
  const canDelete = usePermission('activities.delete') && !SYSTEM_WRITTEN.has(activity.type);
  const canEdit = canWrite && !SYSTEM_WRITTEN.has(activity.type);
  const [dialog, setDialog] = useState<'complete' | 'edit' | 'delete' | null>(null);
  const pin = usePinActivity(activity.id);
  const remove = useDeleteActivity(activity.id);
  const close = () => setDialog(null);

  const togglePin = () =>
    pin.mutate(!activity.pinned, {
      onSuccess: (saved) =>
        notifications.show({
          color: 'green',
          message: saved?.pinned ? t('activities.pinnedNotice') : t('activities.unpinnedNotice'),
        }),
      onError: (error) => notifyError(error, t),
    });

  return (
    <Group gap={4} wrap="nowrap">
      {canWrite && activity.status === 'open' && (
        <Button
          size="compact-xs"
          variant="light"
          color="green"
          leftSection={<IconCheck size={14} aria-hidden />}
          onClick={() => setDialog('complete')}
        >
          {t('activities.complete')}
        </Button>
      )}
      {attachments && (
        <Tooltip
          label={attachments.open ? t('activities.attachments.hide') : t('activities.attachments.show')}
        >
          <ActionIcon
            variant={attachments.open ? 'light' : 'subtle'}
            color="gray"
            aria-label={t('activities.attachments.toggle', { subject: activity.subject })}
            aria-expanded={attachments.open}
            onClick={() => attachments.onToggle(!attachments.open)}
          >
            <IconPaperclip size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      )}
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('activities.actionsFor', { subject: activity.subject })}
          >
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {canWrite && (
            <Menu.Item
              leftSection={
                activity.pinned ? <IconPinnedOff size={16} aria-hidden /> : <IconPin size={16} aria-hidden />
              }
              onClick={togglePin}
              disabled={pin.isPending}
            >
              {activity.pinned ? t('activities.unpin') : t('activities.pin')}
            </Menu.Item>
          )}
          {canEdit && (
            <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setDialog('edit')}>
              {t('activities.edit')}
            </Menu.Item>
          )}
          {attachments?.onAdd && (
            <Menu.Item leftSection={<IconPaperclip size={16} aria-hidden />} onClick={attachments.onAdd}>
              {t('activities.attachments.add')}
            </Menu.Item>
          )}
          <Menu.Item
            leftSection={<IconHistory size={16} aria-hidden />}
            onClick={() => onToggleHistory(!showHistory)}
          >
            {showHistory ? t('activities.hideHistory') : t('activities.history')}
          </Menu.Item>
          {canDelete && (
            <>
              <Menu.Divider />
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => setDialog('delete')}
              >
                {t('activities.delete')}
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>

      {dialog === 'complete' && <CompleteModal activity={activity} onClose={close} />}
      {dialog === 'edit' && <ActivityFormModal mode={{ kind: 'edit', activity }} onClose={close} />}
      <ConfirmModal
        opened={dialog === 'delete'}
        title={t('activities.deleteTitle')}
        message={t('activities.deleteText', { subject: activity.subject })}
        confirmLabel={t('activities.delete')}
        loading={remove.isPending}
        onClose={close}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              close();
              notifications.show({ color: 'green', message: t('activities.deleted') });
            },
            onError: (error) => notifyError(error, t),
          })
        }
      />
    </Group>
  );
}
