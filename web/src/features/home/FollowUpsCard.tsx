import type { Activity } from '@kontor/domain/activities';
import type { Dashboard } from '@kontor/domain/dashboard';
import { Anchor, Group, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { IconBellRinging } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import { ErrorState } from '../../ui/states';
import { useFollowUps } from '../activities/api';
import { useLiveFollowUps } from '../follow-ups/useLiveFollowUps';
import { type CardQuery, DashboardCard } from './DashboardCard';
import { Figure } from './Figure';

/** How many of the due entries the card lists; the rest are a click away. */
const SHOWN = 4;
const FOLLOW_UPS_PATH = '/follow-ups';
// Red enough to read on the light and on the dark card (WCAG AA for small text on both).
const OVERDUE_RED = 'light-dark(var(--mantine-color-red-8), var(--mantine-color-red-4))';

/**
 * "Meine Wiedervorlagen" at a glance: how many of the user's and their teams' open entries are
 * overdue and due today (from the dashboard's figures), and the first of them, oldest first,
 * from the follow-ups page's own list, live as there.
 */
export function FollowUpsCard({ figures, query }: { figures: Dashboard['followUps']; query: CardQuery }) {
  const { t } = useTranslation();
  const format = useFormat();
  useLiveFollowUps();
  return (
    <DashboardCard
      title={t('dashboard.followUps.title')}
      icon={<IconBellRinging size={20} aria-hidden />}
      more={{ to: FOLLOW_UPS_PATH, label: t('dashboard.followUps.all') }}
      query={query}
    >
      {figures && (
        <Stack gap="md">
          <SimpleGrid cols={2} spacing="sm">
            <Figure
              label={t('dashboard.followUps.overdue')}
              value={format.number(figures.overdue)}
              to={FOLLOW_UPS_PATH}
              color={figures.overdue > 0 ? OVERDUE_RED : undefined}
            />
            <Figure
              label={t('dashboard.followUps.today')}
              value={format.number(figures.today)}
              to={FOLLOW_UPS_PATH}
            />
          </SimpleGrid>
          {figures.overdue + figures.today === 0 ? (
            <Text size="sm" c="dimmed">
              {t('dashboard.followUps.empty')}
            </Text>
          ) : (
            <DueEntries />
          )}
        </Stack>
      )}
    </DashboardCard>
  );
}

function DueEntries() {
  const { t } = useTranslation();
  const format = useFormat();
  const followUps = useFollowUps('all');
  if (followUps.isPending) return <Skeleton height={72} />;
  if (followUps.isError) return <ErrorState error={followUps.error} onRetry={() => followUps.refetch()} />;
  const due: { activity: Activity; overdue: boolean }[] = [
    ...followUps.data.overdue.map((activity) => ({ activity, overdue: true })),
    ...followUps.data.today.map((activity) => ({ activity, overdue: false })),
  ].slice(0, SHOWN);
  return (
    <Stack
      component="ul"
      gap={6}
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label={t('dashboard.followUps.first')}
    >
      {due.map(({ activity, overdue }) => (
        <Group component="li" key={activity.id} justify="space-between" wrap="nowrap" gap="sm">
          <Anchor
            component={Link}
            to={`/activities?entry=${encodeURIComponent(activity.id)}`}
            size="sm"
            lineClamp={2}
          >
            {activity.subject}
          </Anchor>
          <Text
            size="xs"
            c={overdue ? OVERDUE_RED : 'dimmed'}
            fw={overdue ? 600 : undefined}
            style={{ flexShrink: 0 }}
          >
            {activity.dueAt ? format.dateTime(activity.dueAt) : '–'}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
