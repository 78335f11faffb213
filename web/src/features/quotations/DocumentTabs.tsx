import { Tabs } from '@mantine/core';
import { IconTimeline } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailTabs } from '../../ui/DetailTabs';
import { usePermission } from '../../ui/session';
import { RecordActivities } from '../activities/RecordActivities';

/** Overview, the record's activities ("Vorgänge": quick add and timeline, for readers of activities) and its history. */
export function DocumentTabs({
  recordType,
  recordId,
  recordName,
  overview,
  history,
}: {
  recordType: 'quotation' | 'order';
  recordId: string;
  /** How entries written here name the document they are linked to (its number). */
  recordName: string;
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
            <RecordActivities record={{ recordType, recordId, name: recordName }} />
          </Tabs.Panel>
        )
      }
      history={history}
    />
  );
}
