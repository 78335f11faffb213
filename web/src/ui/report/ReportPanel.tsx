import type { ReportDef, ReportResult, ReportView } from '@kontor/domain/reports';
import { Alert, Card, Skeleton, Stack, Text } from '@mantine/core';
import { IconChartBar, IconInfoCircle } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyPanel } from '../EmptyPanel';
import { useLabel } from '../fieldFormat';
import { useFormat } from '../format';
import { ErrorState, TableSkeleton } from '../states';
import { ReportTable } from './ReportTable';
import { ResultChart } from './ResultChart';

/** True when a result holds no figure other than zeros and blanks: nothing happened in the period. */
function isEmpty(result: ReportResult): boolean {
  return result.rows.length === 0 || Object.values(result.totals.values).every((value) => !value);
}

/**
 * A report's figures for a view: chart and table together, with skeletons while loading, the
 * server's message on an error (a filter's own error shows at its box) and an empty state.
 */
export function ReportPanel({
  def,
  view,
  query,
  filterErrors,
  chartRef,
  onSort,
}: {
  def: ReportDef;
  view: ReportView;
  query: UseQueryResult<ReportResult>;
  filterErrors: Record<string, string> | null;
  chartRef: RefObject<HTMLDivElement | null>;
  onSort: (sort: string | null) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const format = useFormat();
  const title = label(def.title);

  if (query.isPending)
    return (
      <Stack gap="md">
        <Card withBorder aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton height={280} />
        </Card>
        <TableSkeleton rows={4} />
      </Stack>
    );
  // A bad filter is shown at its box, as in the lists; any other error replaces the figures.
  if (query.isError && !filterErrors)
    return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const result = query.data;
  if (!result) return null;
  if (isEmpty(result))
    return (
      <EmptyPanel
        icon={<IconChartBar aria-hidden />}
        title={t('reports.noData')}
        description={t('reports.noDataText')}
      />
    );

  return (
    <Stack gap="md" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isFetching}>
      <Card withBorder padding="md">
        <ResultChart
          ref={chartRef}
          result={result}
          kind={view.chart}
          label={t('reports.chartLabel', { title })}
        />
      </Card>
      {result.previousPeriod && (
        <Text size="sm" c="dimmed">
          {t('reports.previousPeriod', {
            from: format.date(result.previousPeriod.from),
            to: format.date(result.previousPeriod.to),
          })}
        </Text>
      )}
      <Card withBorder padding={0}>
        <ReportTable result={result} title={title} defaultSort={def.defaults.sort} onSort={onSort} />
      </Card>
      {result.truncated && (
        <Alert variant="light" color="yellow" icon={<IconInfoCircle aria-hidden />}>
          {t('reports.truncated')}
        </Alert>
      )}
    </Stack>
  );
}
