import type { Activity } from '@kontor/domain/activities';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconCalendarTime, IconCheck, IconUserShare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import { LinkedRecords } from '../activity-overview/LinkedRecords';

export type FollowUpAction = 'complete' | 'reschedule' | 'assign';

/** One follow-up: what, when (red once overdue), for which records, whose; and what to do with it. */
export function FollowUpRow({
  activity,
  canWrite,
  onAction,
}: {
  activity: Activity;
  canWrite: boolean;
  onAction: (action: FollowUpAction, activity: Activity) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const assignee = activity.assigneeUserName ?? activity.assigneeTeamName ?? '–';
  const subject = activity.subject;
  // "Heute" holds today's entries whose hour may have passed already: those are red as well.
  const overdue = activity.dueAt !== null && new Date(activity.dueAt).getTime() < Date.now();

  return (
    <Group
      component="li"
      justify="space-between"
      align="flex-start"
      gap="sm"
      p="md"
      wrap="wrap"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
    >
      <Stack gap={4} style={{ flex: '1 1 280px', minWidth: 0 }}>
        <Anchor component={Link} to={`/activities?entry=${encodeURIComponent(activity.id)}`} fw={600}>
          {subject}
        </Anchor>
        <Group gap="md" wrap="wrap">
          <Text size="sm" c={overdue ? 'red.8' : undefined} fw={overdue ? 600 : undefined}>
            {t('followUps.due', { when: activity.dueAt ? format.dateTime(activity.dueAt) : '–' })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('followUps.assignee', { name: assignee })}
          </Text>
        </Group>
        <LinkedRecords links={activity.links} max={4} />
      </Stack>
      {canWrite && (
        <Group gap="xs" wrap="wrap">
          <Button
            size="xs"
            leftSection={<IconCheck size={16} aria-hidden />}
            aria-label={t('followUps.actions.completeOne', { subject })}
            onClick={() => onAction('complete', activity)}
          >
            {t('followUps.actions.complete')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconCalendarTime size={16} aria-hidden />}
            aria-label={t('followUps.actions.rescheduleOne', { subject })}
            onClick={() => onAction('reschedule', activity)}
          >
            {t('followUps.actions.reschedule')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconUserShare size={16} aria-hidden />}
            aria-label={t('followUps.actions.assignOne', { subject })}
            onClick={() => onAction('assign', activity)}
          >
            {t('followUps.actions.assign')}
          </Button>
        </Group>
      )}
    </Group>
  );
}
