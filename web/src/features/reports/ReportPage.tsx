import type { ReportView } from '@kontor/domain/reports';
import { Stack } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../ui/BackLink';
import { EmptyPanel } from '../../ui/EmptyPanel';
import { useLabel } from '../../ui/fieldFormat';
import { filterErrorsOf } from '../../ui/filterErrors';
import { PageHeader } from '../../ui/PageHeader';
import { ReportExportMenu } from '../../ui/report/ReportExportMenu';
import { ReportFilters } from '../../ui/report/ReportFilters';
import { ReportPanel } from '../../ui/report/ReportPanel';
import { ReportToolbar } from '../../ui/report/ReportToolbar';
import { useReportView } from '../../ui/report/useReportView';
import { ErrorState, TableSkeleton } from '../../ui/states';
import { reportExportHref, useReportResult, useReports } from './api';

/**
 * One report: its view controls, filters, chart and table, all from the report's definition
 * and result, so every report — today's and later ones — shows without code of its own.
 */
export function ReportPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const { name = '' } = useParams();
  const reports = useReports();
  const def = reports.data?.find((candidate) => candidate.name === name);
  const { view, setView, today } = useReportView(def);
  const result = useReportResult(def?.name ?? null, view);
  const chartRef = useRef<HTMLDivElement>(null);

  if (reports.isPending) return <TableSkeleton rows={4} />;
  if (reports.isError) return <ErrorState error={reports.error} onRetry={() => reports.refetch()} />;
  if (!def || !view)
    return (
      <>
        <BackLink to="/reports" label={t('reports.back')} />
        <EmptyPanel
          icon={<IconChartBar aria-hidden />}
          title={t('reports.notFoundTitle')}
          description={t('reports.notFoundText')}
        />
      </>
    );

  const title = label(def.title);
  const change = (next: ReportView) => setView(next);
  const filterErrors = filterErrorsOf(result.error);

  return (
    <>
      <BackLink to="/reports" label={t('reports.back')} />
      <PageHeader
        title={title}
        description={label(def.description)}
        actions={
          <ReportExportMenu
            csvHref={reportExportHref(def.name, view, 'csv')}
            xlsxHref={reportExportHref(def.name, view, 'xlsx')}
            chart={result.data && result.data.rows.length > 0 ? chartRef : null}
            title={title}
            period={view}
          />
        }
      />
      <Stack gap="md">
        <ReportToolbar def={def} view={view} today={today} onChange={change} />
        <ReportFilters
          def={def}
          filter={view.filter}
          errors={filterErrors}
          onChange={(key, text) => {
            const filter = { ...view.filter, [key]: text };
            if (text.trim() === '') delete filter[key];
            setView({ ...view, filter }, { replace: true });
          }}
        />
        <ReportPanel
          def={def}
          view={view}
          query={result}
          filterErrors={filterErrors}
          chartRef={chartRef}
          onSort={(sort) => change({ ...view, sort })}
        />
      </Stack>
    </>
  );
}
