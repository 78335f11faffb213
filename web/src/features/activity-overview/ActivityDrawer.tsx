import { Drawer, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../ui/api';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { ActivityEntry } from '../activities/ActivityEntry';
import { useActivity } from '../activities/api';

/**
 * One entry opened from the overview, shown as on a timeline: its note, links, status, history
 * and the actions the role allows (done, pin, edit, delete).
 */
export function ActivityDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('activityOverview.entry')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {id !== null && <DrawerContent id={id} />}
    </Drawer>
  );
}

function DrawerContent({ id }: { id: string }) {
  const { t } = useTranslation();
  const activity = useActivity(id);
  if (activity.isPending) return <TableSkeleton rows={4} />;
  if (activity.isError) {
    // Deleted meanwhile (here or by someone else), or out of the user's sight.
    if (activity.error instanceof ApiError && activity.error.status === 404) {
      return <Text>{t('activityOverview.notFound')}</Text>;
    }
    return <ErrorState error={activity.error} onRetry={() => activity.refetch()} />;
  }
  return (
    <Stack component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      <ActivityEntry activity={activity.data} />
    </Stack>
  );
}
