import { Tabs } from '@mantine/core';
import { IconHistory, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

/**
 * The tabs of a detail page: overview first, history last, any `extra` tabs between. The open tab
 * lives in the `tab` search parameter; unknown or not `allowed` ones show the overview.
 */
export function DetailTabs({
  allowed,
  extraTabs,
  overview,
  extraPanels,
  history,
}: {
  allowed: string[];
  extraTabs?: ReactNode;
  overview: ReactNode;
  extraPanels?: ReactNode;
  history: ReactNode;
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab = requested && allowed.includes(requested) ? requested : 'overview';
  return (
    <Tabs
      value={tab}
      onChange={(value) =>
        setParams(value && value !== 'overview' ? { tab: value } : {}, {
          replace: true,
          preventScrollReset: true,
        })
      }
      keepMounted={false}
    >
      <Tabs.List mb="md">
        <Tabs.Tab value="overview" leftSection={<IconInfoCircle size={16} aria-hidden />}>
          {t('organizations.tabs.overview')}
        </Tabs.Tab>
        {extraTabs}
        <Tabs.Tab value="history" leftSection={<IconHistory size={16} aria-hidden />}>
          {t('organizations.tabs.history')}
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="overview">{overview}</Tabs.Panel>
      {extraPanels}
      <Tabs.Panel value="history">{history}</Tabs.Panel>
    </Tabs>
  );
}
