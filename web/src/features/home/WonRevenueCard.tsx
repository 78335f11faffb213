import type { Dashboard } from '@kontor/domain/dashboard';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconCoins } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat, useLocale } from '../../ui/format';
import { drillHref } from '../../ui/report/drill';
import { type CardQuery, DashboardCard } from './DashboardCard';
import { Figure } from './Figure';

type Month = NonNullable<Dashboard['wonRevenue']>['thisMonth'];

/**
 * Won revenue — net of the orders booked (or since completed) — this month against last month,
 * Berlin months, with the change in percent; each month a link to its orders.
 */
export function WonRevenueCard({ figures, query }: { figures: Dashboard['wonRevenue']; query: CardQuery }) {
  const { t } = useTranslation();
  const format = useFormat();
  const locale = useLocale();
  const monthName = (month: Month) =>
    new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month.from}T00:00:00Z`),
    );
  const percent = (value: number) =>
    new Intl.NumberFormat(locale, {
      style: 'percent',
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    }).format(value / 100);
  const change = figures?.changePercent ?? null;

  return (
    <DashboardCard
      title={t('dashboard.wonRevenue.title')}
      icon={<IconCoins size={20} aria-hidden />}
      more={
        figures
          ? { to: drillHref(figures.thisMonth.list) ?? '/orders', label: t('dashboard.wonRevenue.all') }
          : undefined
      }
      query={query}
    >
      {figures && (
        <Stack gap="md">
          <Figure
            label={t('dashboard.wonRevenue.thisMonth', { month: monthName(figures.thisMonth) })}
            value={format.money(figures.thisMonth.cents)}
            to={drillHref(figures.thisMonth.list)}
            hint={
              <Group gap={6}>
                {change === null ? (
                  <Text size="sm" c="dimmed">
                    {t('dashboard.wonRevenue.noComparison')}
                  </Text>
                ) : (
                  <Badge
                    variant="light"
                    color={change < 0 ? 'red' : 'teal'}
                    leftSection={
                      change < 0 ? (
                        <IconArrowDownRight size={14} aria-hidden />
                      ) : (
                        <IconArrowUpRight size={14} aria-hidden />
                      )
                    }
                  >
                    {t('dashboard.wonRevenue.change', { change: percent(change) })}
                  </Badge>
                )}
              </Group>
            }
          />
          <Figure
            label={t('dashboard.wonRevenue.lastMonth', { month: monthName(figures.lastMonth) })}
            value={format.money(figures.lastMonth.cents)}
            to={drillHref(figures.lastMonth.list)}
            size="md"
          />
        </Stack>
      )}
    </DashboardCard>
  );
}
