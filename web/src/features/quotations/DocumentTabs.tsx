import { Card, Tabs } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailTabs } from '../../ui/DetailTabs';
import { usePermission } from '../../ui/session';
import { Timeline } from '../activities/Timeline';

/** Overview, the record's timeline ("Vorgänge", for readers of activities) and its history. */
export function DocumentTabs({
  recordType,
  recordId,
  overview,
  history,
}: {
  recordType: 'quotation' | 'order';
  recordId: string;
  overview: ReactNode;
  history: ReactNode;
}) {
  const { t } = useTranslation();
  const canReadActivities = usePermission('activities.read');
  return (
    <DetailTabs
      allowed={canReadActivities ? ['activities', 'history'] : ['history']}
      extraTabs={
        canReadActivities && (
          <Tabs.Tab value="activities" leftSection={<IconTimeline size={16} aria-hidden />}>
            {t('activities.title')}
          </Tabs.Tab>
        )
      }
      overview={overview}
      extraPanels={
        canReadActivities && (
          <Tabs.Panel value="activities">
            <Card withBorder padding="md">
              <Timeline recordType={recordType} recordId={recordId} />
            </Card>
          </Tabs.Panel>
        )
      }
      history={history}
    />
  );
}
