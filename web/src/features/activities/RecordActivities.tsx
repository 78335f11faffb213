import { Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermission } from '../../ui/session';
import type { FormLink } from './activityForm';
import { QuickAdd } from './QuickAdd';
import classes from './RecordActivities.module.css';
import { Timeline } from './Timeline';

/** A record's "Vorgänge": quick add and its timeline, for any record type Kontor links entries to. */
export function RecordActivities({ record }: { record: FormLink }) {
  const { t } = useTranslation();
  const canWrite = usePermission('activities.write');
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="record-activities-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="record-activities-title">
          {t('activities.title')}
        </Title>
        {canWrite && <QuickAdd record={record} />}
        <Timeline recordType={record.recordType} recordId={record.recordId} />
      </Stack>
    </Card>
  );
}

/**
 * A detail page's body with the record's activities in a side column (UX.md "Detail"): `children`
 * is the main part (the tabs), `below` the sections under it. Narrower screens stack main,
 * activities, below. Without permission to read entries there are no activities to show.
 */
export function WithActivities({
  record,
  children,
  below,
}: {
  record: FormLink;
  children: ReactNode;
  below?: ReactNode;
}) {
  const canRead = usePermission('activities.read');
  if (!canRead) {
    return (
      <>
        {children}
        {below}
      </>
    );
  }
  return (
    <div className={classes.layout}>
      <div className={classes.main}>{children}</div>
      <div className={classes.side}>
        <RecordActivities record={record} />
      </div>
      <Stack gap="lg" className={classes.below}>
        {below}
      </Stack>
    </div>
  );
}
