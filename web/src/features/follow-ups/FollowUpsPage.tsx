import type { Activity } from '@kontor/domain/activities';
import { SegmentedControl, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { PageHeader } from '../../ui/PageHeader';
import { usePermission } from '../../ui/session';
import { ErrorState } from '../../ui/states';
import { useFollowUps } from '../activities/api';
import { CompleteModal } from '../activities/CompleteModal';
import { AssignModal } from './AssignModal';
import { FollowUpGroup } from './FollowUpGroup';
import type { FollowUpAction } from './FollowUpRow';
import { RescheduleModal } from './RescheduleModal';
import { useLiveFollowUps } from './useLiveFollowUps';

const SCOPES = ['all', 'mine', 'teams'] as const;
type Scope = (typeof SCOPES)[number];

/**
 * "Meine Wiedervorlagen" (A2, A3): the open entries due for me and my teams, overdue, today and
 * upcoming, each done, moved or handed on in a small dialog. The scope lives in the URL.
 */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const scope: Scope = SCOPES.find((value) => value === params.get('scope')) ?? 'all';
  const followUps = useFollowUps(scope);
  const canWrite = usePermission('activities.write');
  const narrow = useMediaQuery('(max-width: 36em)');
  const [acting, setActing] = useState<{ action: FollowUpAction; activity: Activity } | null>(null);
  useLiveFollowUps();

  const onAction = (action: FollowUpAction, activity: Activity) => setActing({ action, activity });
  const close = () => setActing(null);
  const data = followUps.data;
  const total = data ? data.overdue.length + data.today.length + data.upcoming.length : undefined;
  // A group with more than it shows makes any sum a guess: the header then shows none.
  const exact = data && !data.more.overdue && !data.more.today && !data.more.upcoming;

  return (
    <>
      <PageHeader
        title={t('followUps.title')}
        description={t('followUps.description')}
        count={exact ? total : undefined}
      />
      <Stack gap="md">
        <SegmentedControl
          aria-label={t('followUps.scope.label')}
          value={scope}
          onChange={(value) => setParams(value === 'all' ? {} : { scope: value }, { replace: true })}
          data={SCOPES.map((value) => ({ value, label: t(`followUps.scope.${value}`) }))}
          // Three choices side by side do not fit a phone: there they stack.
          orientation={narrow ? 'vertical' : 'horizontal'}
          fullWidth={narrow}
          style={narrow ? undefined : { alignSelf: 'flex-start' }}
        />
        {followUps.isPending ? (
          <Stack gap="md" aria-busy="true" aria-label={t('common.loading')}>
            <Skeleton height={96} />
            <Skeleton height={96} />
            <Skeleton height={96} />
          </Stack>
        ) : followUps.isError ? (
          <ErrorState error={followUps.error} onRetry={() => followUps.refetch()} />
        ) : total === 0 ? (
          <EmptyPanel
            icon={<IconChecks aria-hidden />}
            title={t('followUps.emptyTitle')}
            description={t('followUps.emptyText')}
          />
        ) : (
          <SimpleGrid cols={1} spacing="md">
            <FollowUpGroup
              title={t('followUps.groups.overdue')}
              emptyText={t('followUps.groups.overdueEmpty')}
              items={followUps.data.overdue}
              more={followUps.data.more.overdue}
              overdue
              canWrite={canWrite}
              onAction={onAction}
            />
            <FollowUpGroup
              title={t('followUps.groups.today')}
              emptyText={t('followUps.groups.todayEmpty')}
              items={followUps.data.today}
              more={followUps.data.more.today}
              canWrite={canWrite}
              onAction={onAction}
            />
            <FollowUpGroup
              title={t('followUps.groups.upcoming')}
              emptyText={t('followUps.groups.upcomingEmpty')}
              items={followUps.data.upcoming}
              more={followUps.data.more.upcoming}
              canWrite={canWrite}
              onAction={onAction}
            />
          </SimpleGrid>
        )}
      </Stack>
      {acting?.action === 'complete' && <CompleteModal activity={acting.activity} onClose={close} />}
      <RescheduleModal activity={acting?.action === 'reschedule' ? acting.activity : null} onClose={close} />
      <AssignModal activity={acting?.action === 'assign' ? acting.activity : null} onClose={close} />
    </>
  );
}
