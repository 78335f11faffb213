import type { Activity } from '@kontor/domain/activities';
import { documentDownloadPath } from '@kontor/domain/documents';
import { Anchor, Badge, Group, Paper, Stack, Text, ThemeIcon, Typography } from '@mantine/core';
import { IconFileDownload, IconPinFilled } from '@tabler/icons-react';
import { Fragment, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import { recordPath } from '../../ui/links';
import { usePermission } from '../../ui/session';
import { ActivityHistory } from './ActivityHistory';
import { SYSTEM_WRITTEN, TYPE_ICONS } from './activityMeta';
import { EntryActions } from './EntryActions';
import { EntryAttachments, useEntryAttachments } from './EntryAttachments';

/**
 * One entry of a timeline: what kind, when and by whom, what it concerns, its text and, for open
 * entries, when it is due and who takes care of it.
 */
export function ActivityEntry({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [showHistory, setShowHistory] = useState(false);
  // Null until the reader opens or closes the attachments: then known ones show by themselves.
  const [attachmentsOpen, setAttachmentsOpen] = useState<boolean | null>(null);
  const attachments = useEntryAttachments(activity.id, attachmentsOpen);
  const fileInput = useRef<HTMLInputElement>(null);
  const canAttach = usePermission('activities.write') && !SYSTEM_WRITTEN.has(activity.type);
  // A document entry is its file: shown as the download, with no attachments of its own.
  const carriesFiles = activity.documentId === null;
  const Icon = TYPE_ICONS[activity.type];
  const headingId = `activity-${activity.id}-subject`;

  return (
    <Paper component="li" withBorder p="sm" aria-labelledby={headingId} data-testid="activity-entry">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
            <ThemeIcon variant="light" size="md" radius="xl" aria-hidden>
              <Icon size={16} />
            </ThemeIcon>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Group gap={6} wrap="wrap">
                <Text size="xs" fw={600} tt="uppercase" c="dimmed">
                  {t(`activities.types.${activity.type}`)}
                </Text>
                {activity.direction && (
                  <Badge size="xs" variant="outline" color="gray">
                    {t(`activities.directions.${activity.direction}`)}
                  </Badge>
                )}
                {activity.noteTypeLabel && (
                  <Text size="xs" c="dimmed">
                    · {activity.noteTypeLabel}
                  </Text>
                )}
                {activity.pinned && (
                  <IconPinFilled
                    size={14}
                    aria-label={t('activities.pinned')}
                    color="var(--mantine-color-orange-7)"
                  />
                )}
              </Group>
              <Text id={headingId} fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {activity.documentId ? (
                  <DocumentLink documentId={activity.documentId} fileName={activity.subject} />
                ) : (
                  activity.subject
                )}
              </Text>
            </Stack>
          </Group>
          <EntryActions
            activity={activity}
            showHistory={showHistory}
            onToggleHistory={setShowHistory}
            attachments={
              carriesFiles
                ? {
                    open: attachments.shown,
                    onToggle: setAttachmentsOpen,
                    onAdd: canAttach ? () => fileInput.current?.click() : undefined,
                  }
                : undefined
            }
          />
        </Group>

        <Text size="xs" c="dimmed">
          {format.dateTime(activity.occurredAt)} ·{' '}
          {t('activities.by', { name: activity.createdByName ?? t('activities.system') })}
        </Text>

        <EntryLinks activity={activity} />

        {activity.body && (
          <Typography fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {/* The server sanitised this HTML (A10): only formatting, safe links and mentions remain. */}
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised on the server */}
            <div dangerouslySetInnerHTML={{ __html: activity.body }} />
          </Typography>
        )}

        <EntryStatus activity={activity} />
        {carriesFiles && (
          <EntryAttachments
            activityId={activity.id}
            attachments={attachments}
            onOpen={() => setAttachmentsOpen(true)}
            inputRef={canAttach ? fileInput : null}
          />
        )}
        {showHistory && <ActivityHistory activity={activity} />}
      </Stack>
    </Paper>
  );
}

/** A document entry's file, downloaded by its name (A9). */
function DocumentLink({ documentId, fileName }: { documentId: string; fileName: string }) {
  const { t } = useTranslation();
  return (
    <Anchor
      href={documentDownloadPath(documentId)}
      download={fileName}
      inherit
      title={t('documents.download', { name: fileName })}
    >
      <IconFileDownload size={16} aria-hidden style={{ verticalAlign: 'text-bottom', marginInlineEnd: 4 }} />
      {fileName}
    </Anchor>
  );
}

/** The records an entry concerns, each opening its page; names the reader may not see stay hidden. */
function EntryLinks({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  if (activity.links.length === 0) return null;
  return (
    <Text size="xs">
      <Text span c="dimmed" size="xs">
        {t('activities.linkedTo')}:{' '}
      </Text>
      {activity.links.map((link, index) => {
        const path = link.name === null ? null : recordPath(link.recordType, link.recordId);
        return (
          <Fragment key={`${link.recordType}:${link.recordId}`}>
            {index > 0 && ', '}
            {link.name === null ? (
              <Text span size="xs" fs="italic" c="dimmed">
                {t('activities.hidden')}
              </Text>
            ) : path ? (
              <Anchor component={Link} to={path} size="xs">
                {link.name}
              </Anchor>
            ) : (
              link.name
            )}
          </Fragment>
        );
      })}
    </Text>
  );
}

/** Open entries: due date (red once overdue) and assignee; done ones that were open: the outcome. */
function EntryStatus({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const assignee = activity.assigneeUserName ?? activity.assigneeTeamName;
  if (activity.status === 'open') {
    const overdue = activity.dueAt !== null && new Date(activity.dueAt).getTime() < Date.now();
    return (
      <Group gap="xs" wrap="wrap">
        <Badge size="sm" color={overdue ? 'red' : 'blue'} variant="light">
          {overdue ? `${t('activities.open')} · ${t('activities.overdue')}` : t('activities.open')}
        </Badge>
        {activity.dueAt && (
          <Text size="xs" c={overdue ? 'red.8' : undefined} fw={overdue ? 600 : undefined}>
            {t('activities.dueAt', { when: format.dateTime(activity.dueAt) })}
          </Text>
        )}
        {assignee && <Text size="xs">{t('activities.assignedTo', { name: assignee })}</Text>}
      </Group>
    );
  }
  // Entries recorded as done never had a follow-up: their completion date says nothing new.
  const wasFollowUp = activity.dueAt !== null;
  if (!wasFollowUp && !activity.outcome) return null;
  return (
    <Stack gap={2}>
      {wasFollowUp && activity.doneAt && (
        <Text size="xs" c="dimmed">
          {t('activities.doneAt', { when: format.dateTime(activity.doneAt) })}
        </Text>
      )}
      {activity.outcome && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          <Text span fw={600} size="sm">
            {t('activities.outcome')}:{' '}
          </Text>
          {activity.outcome}
        </Text>
      )}
    </Stack>
  );
}
