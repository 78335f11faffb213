import type { Activity } from '@kontor/domain/activities';
import { Button, Group, Modal, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../ui/ConflictAlert';
import { isStaleVersion, notifyError } from '../../ui/problems';
import { refreshActivities, useCompleteActivity } from './api';

/** Marks an open entry done, with what came of it (A3). Ctrl+Enter confirms. */
export function CompleteModal({ activity, onClose }: { activity: Activity; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const complete = useCompleteActivity(activity.id);
  const [outcome, setOutcome] = useState('');
  // The version shown when the dialog opened: a live refetch meanwhile must not hide a conflict.
  const [baseVersion] = useState(activity.version);
  const stale = isStaleVersion(complete.error);

  const submit = () =>
    complete.mutate(
      { version: baseVersion, outcome: outcome.trim() || null },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('activities.completed') });
          onClose();
        },
        onError: (error) => {
          if (!isStaleVersion(error)) notifyError(error, t);
        },
      },
    );

  return (
    <Modal opened onClose={onClose} title={t('activities.completeTitle')}>
      {stale && (
        // Someone changed the entry meanwhile: reloading shows their version, then one can try again.
        <ConflictAlert
          onReload={() => {
            void refreshActivities(queryClient);
            onClose();
          }}
        />
      )}
      <Text size="sm" fw={600} mb="sm">
        {activity.subject}
      </Text>
      <Textarea
        label={t('activities.outcome')}
        description={t('activities.completeHint')}
        value={outcome}
        onChange={(event) => setOutcome(event.currentTarget.value)}
        onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
        autosize
        minRows={3}
        maxLength={5000}
        data-autofocus
      />
      <Group justify="space-between" mt="md">
        <Text size="xs" c="dimmed">
          {t('activities.saveHint')}
        </Text>
        <Group gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={complete.isPending} disabled={stale}>
            {t('activities.complete')}
          </Button>
        </Group>
      </Group>
    </Modal>
  );
}
