import { ACTIVITY } from '@kontor/domain/activities';
import { fieldOf } from '@kontor/domain/fields';
import { Anchor, Stack, Text } from '@mantine/core';
import { IconBolt } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabel } from '../../ui/fieldFormat';
import { useFormat } from '../../ui/format';
import { activitiesKey, fetchActivitiesPage } from '../activities/api';
import { LinkedRecords } from '../activity-overview/LinkedRecords';
import { useLiveOverview } from '../activity-overview/useLiveOverview';
import { DashboardCard } from './DashboardCard';

const SHOWN = 5;
const queryKey = [...activitiesKey, 'overview', 'customer-actions'] as const;
const systemLabel = fieldOf(ACTIVITY, 'type')?.options?.find((option) => option.value === 'system')?.label;

/**
 * What customers did lately — opened a quotation through its link ("Angebot geöffnet"), accepted
 * it ("Angebot beauftragt") — newest first, live: the CRM overview's list narrowed to system
 * entries without an author, which are what customers did and the status changes it caused (a
 * person's entries and changes name them), with the overview's live refetch and its highlight of
 * new rows.
 */
export function CustomerActionsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useLabel();
  // The filter in the user's language, so the overview it links to shows it as they would type it.
  const filter = { type: `="${systemLabel ? label(systemLabel) : 'system'}"`, creatorName: '=' };
  const actions = useQuery({
    queryKey: [...queryKey, filter.type],
    queryFn: () => fetchActivitiesPage({ filter, sort: '-occurredAt', limit: SHOWN }),
  });
  const isFresh = useLiveOverview(queryKey);
  // The overview keeps its filters in the URL as `filter.<key>` (useListView).
  const overview = `/activities?${new URLSearchParams({ 'filter.type': filter.type, 'filter.creatorName': filter.creatorName })}`;

  return (
    <DashboardCard
      title={t('dashboard.customerActions.title')}
      icon={<IconBolt size={20} aria-hidden />}
      more={{ to: overview, label: t('dashboard.customerActions.all') }}
      query={actions}
    >
      {actions.data && actions.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.customerActions.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-live="polite">
          {actions.data?.items.map((entry) => (
            <Stack
              component="li"
              key={entry.id}
              gap={2}
              pl="xs"
              // Arrived live: marked for a few seconds so the eye finds it — by a bar beside it,
              // not a tint behind it, so the text keeps its contrast in dark mode too.
              style={{
                borderLeft: `3px solid ${isFresh(entry.id) ? 'var(--mantine-color-yellow-5)' : 'transparent'}`,
              }}
            >
              <Anchor
                component={Link}
                to={`/activities?entry=${encodeURIComponent(entry.id)}`}
                size="sm"
                fw={600}
              >
                {entry.subject}
              </Anchor>
              <Text size="xs" c="dimmed">
                {format.dateTime(entry.occurredAt)}
              </Text>
              <LinkedRecords links={entry.links} max={3} />
            </Stack>
          ))}
        </Stack>
      )}
    </DashboardCard>
  );
}
