import type { Activity } from '@kontor/domain/activities';
import { Badge, Card, Group, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpAction } from './FollowUpRow';
import { FollowUpRow } from './FollowUpRow';

/** One of "Überfällig", "Heute", "Demnächst": a heading with its count, then its follow-ups. */
export function FollowUpGroup({
  title,
  emptyText,
  items,
  more = false,
  overdue = false,
  canWrite,
  onAction,
}: {
  title: string;
  emptyText: string;
  items: Activity[];
  /** The group has more entries than it shows (the earliest due come first). */
  more?: boolean;
  overdue?: boolean;
  canWrite: boolean;
  onAction: (action: FollowUpAction, activity: Activity) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Card withBorder padding={0} component="section" aria-labelledby={headingId}>
      <Group gap="xs" p="md">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <Badge
          variant={overdue && items.length > 0 ? 'filled' : 'light'}
          color={overdue && items.length > 0 ? 'red' : 'gray'}
          circle={items.length < 10}
        >
          {more ? `${items.length}+` : items.length}
        </Badge>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" px="md" pb="md">
          {emptyText}
        </Text>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((activity) => (
            <FollowUpRow key={activity.id} activity={activity} canWrite={canWrite} onAction={onAction} />
          ))}
        </ul>
      )}
      {more && (
        <Text size="sm" c="dimmed" px="md" py="sm">
          {t('followUps.more', { count: items.length })}
        </Text>
      )}
    </Card>
  );
}
