import type { Dashboard } from '@kontor/domain/dashboard';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChartFunnel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { drillHref } from '../../ui/report/drill';
import { type CardQuery, DashboardCard } from './DashboardCard';
import { Figure } from './Figure';

/**
 * The user's own opportunities in the active pipeline: how many, their expected revenue and
 * their revenue weighted by probability as the board weighs it — each a link to the opportunity
 * list filtered to exactly them.
 */
export function OpportunitiesCard({
  figures,
  query,
}: {
  figures: Dashboard['openOpportunities'];
  query: CardQuery;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = figures ? drillHref(figures.list) : null;
  return (
    <DashboardCard
      title={t('dashboard.opportunities.title')}
      icon={<IconChartFunnel size={20} aria-hidden />}
      more={list ? { to: list, label: t('dashboard.opportunities.all') } : undefined}
      query={query}
    >
      {figures && (
        <Stack gap="md">
          <Figure label={t('dashboard.opportunities.count')} value={format.number(figures.count)} to={list} />
          {figures.count === 0 ? (
            <Text size="sm" c="dimmed">
              {t('dashboard.opportunities.empty')}
            </Text>
          ) : (
            <SimpleGrid cols={2} spacing="sm">
              <Figure
                label={t('dashboard.opportunities.expected')}
                value={format.money(figures.amountCents)}
                to={list}
                size="md"
              />
              <Figure
                label={t('dashboard.opportunities.weighted')}
                value={format.money(figures.weightedCents)}
                to={list}
                size="md"
              />
            </SimpleGrid>
          )}
        </Stack>
      )}
    </DashboardCard>
  );
}
