import type { ReportName, ReportView } from '@kontor/domain/reports';
import { Anchor, Card, Group, Skeleton, Text } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabel } from '../../ui/fieldFormat';
import { todayIso } from '../../ui/report/periods';
import { ResultChart } from '../../ui/report/ResultChart';
import { paramsFromView, viewFromParams } from '../../ui/report/reportView';
import { ErrorState } from '../../ui/states';
import { useReportResult, useReports } from './api';

/**
 * A small version of a report for the home dashboard: its chart for a view (the report's own
 * defaults where the view says nothing), every bar a link to its records, the title a link to the
 * full report with the same view. Nothing when the user may not open the report.
 */
export function MiniReport({
  name,
  view: partial = {},
  height = 200,
}: {
  name: ReportName;
  view?: Partial<ReportView>;
  height?: number;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const reports = useReports();
  const def = reports.data?.find((candidate) => candidate.name === name);
  const today = todayIso();
  const view = def ? { ...viewFromParams(new URLSearchParams(), def, today), ...partial } : null;
  const result = useReportResult(def?.name ?? null, view);
  if (reports.isPending) return <Skeleton height={height + 40} />;
  if (!def || !view) return null;
  const title = label(def.title);
  const query = paramsFromView(view, def, today).toString();
  const fullReport = `/reports/${def.name}${query ? `?${query}` : ''}`;

  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{title}</Text>
        <Anchor component={Link} to={fullReport} size="sm" aria-label={`${t('reports.openFull')}: ${title}`}>
          <Group gap={2} component="span">
            {t('reports.openFull')}
            <IconChevronRight size={14} aria-hidden />
          </Group>
        </Anchor>
      </Group>
      {result.isPending ? (
        <Skeleton height={height} />
      ) : result.isError ? (
        <ErrorState error={result.error} onRetry={() => result.refetch()} />
      ) : result.data.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reports.noData')}
        </Text>
      ) : (
        <ResultChart
          result={result.data}
          height={height}
          compact
          label={t('reports.chartLabel', { title })}
        />
      )}
    </Card>
  );
}
