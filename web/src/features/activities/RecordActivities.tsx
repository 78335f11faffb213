import { Card, Grid, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermission } from '../../ui/session';
import type { FormLink } from './activityForm';
import { QuickAdd } from './QuickAdd';
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
 * A detail page's body with the record's activities in a side column (UX.md "Detail"); on narrow
 * screens they follow the main column. Without permission to read entries, the main column only.
 */
export function WithActivities({ record, children }: { record: FormLink; children: ReactNode }) {
  const canRead = usePermission('activities.read');
  if (!canRead) return <>{children}</>;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7, xl: 8 }}>
        <Stack gap="lg">{children}</Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5, xl: 4 }}>
        <RecordActivities record={record} />
      </Grid.Col>
    </Grid>
  );
}
