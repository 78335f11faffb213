import { ACTIVITY, type Activity } from '@kontor/domain/activities';
import { Button, Group } from '@mantine/core';
import { IconListDetails, IconTrashX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useListView } from '../../ui/listView';
import { PageHeader } from '../../ui/PageHeader';
import { RecordList } from '../../ui/RecordList';
import type { ListParams } from '../../ui/recordListTypes';
import { usePermission } from '../../ui/session';
import {
  ACTIVITIES_API,
  activitiesKey,
  fetchActivitiesPage,
  fetchRecordActivitiesPage,
} from '../activities/api';
import { ActivityDrawer } from './ActivityDrawer';
import { useOverviewCells } from './overviewCells';
import { RecordScope } from './RecordScope';
import { isLinkableType } from './recordPages';
import { useLiveOverview } from './useLiveOverview';
import './overview.css';

const ENTRY_PARAM = 'entry';

/**
 * The CRM overview (A7): every entry the user may see, newest first, on the shared list machinery,
 * live while open. `?recordType=&recordId=` (the timeline's "Alle anzeigen") narrows it to one
 * record's timeline; `?entry=id` opens an entry in a drawer over the list, which keeps its place.
 */
export function ActivityOverviewPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const canRestore = usePermission('activities.restore');
  const recordType = params.get('recordType');
  const recordId = params.get('recordId');
  const scope = isLinkableType(recordType) && recordId ? { recordType, recordId } : null;

  const queryKey = scope
    ? [...activitiesKey, 'overview', scope.recordType, scope.recordId]
    : [...activitiesKey, 'overview'];
  const fetchPage = scope
    ? (list: ListParams) => fetchRecordActivitiesPage(scope.recordType, scope.recordId, list)
    : fetchActivitiesPage;
  const isFresh = useLiveOverview(queryKey);
  const view = useListView(ACTIVITY);

  const withParams = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(params);
    change(next);
    return next;
  };
  const entryHref = (row: Activity) => `?${withParams((next) => next.set(ENTRY_PARAM, row.id))}`;
  const cells = useOverviewCells(view.columns[0], isFresh, entryHref);
  const closeEntry = () => setParams(withParams((next) => next.delete(ENTRY_PARAM)));
  const clearScope = () =>
    setParams(
      withParams((next) => {
        next.delete('recordType');
        next.delete('recordId');
      }),
    );

  return (
    <div className="kontor-overview">
      <PageHeader
        title={t('activityOverview.title')}
        description={t('activityOverview.description')}
        actions={
          canRestore && (
            <Group gap="xs">
              <Button
                component={Link}
                to="/activities/deleted"
                variant="default"
                leftSection={<IconTrashX size={18} aria-hidden />}
              >
                {t('activityOverview.deleted.open')}
              </Button>
            </Group>
          )
        }
      />
      {scope && <RecordScope recordType={scope.recordType} recordId={scope.recordId} onClear={clearScope} />}
      <RecordList<Activity>
        key={scope ? `${scope.recordType}:${scope.recordId}` : 'all'}
        record={ACTIVITY}
        queryKey={queryKey}
        fetchPage={fetchPage}
        rowId={(row) => row.id}
        rowLabel={(row) => row.subject}
        // The export covers the whole overview with its filters; narrowed to a record there is none.
        apiPath={scope ? undefined : ACTIVITIES_API}
        rowHref={entryHref}
        cells={cells}
        empty={{
          icon: <IconListDetails aria-hidden />,
          title: scope ? t('activityOverview.emptyScopedTitle') : t('activityOverview.emptyTitle'),
          description: t('activityOverview.emptyText'),
        }}
      />
      <ActivityDrawer id={params.get(ENTRY_PARAM)} onClose={closeEntry} />
    </div>
  );
}
