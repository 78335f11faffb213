import type { ChartKind, DrillTarget, ReportResult } from '@kontor/domain/reports';
import { BarChart, FunnelChart, LineChart, PieChart } from '@mantine/charts';
import { Box, useComputedColorScheme } from '@mantine/core';
import { forwardRef } from 'react';
import { useNavigate } from 'react-router';
import { useLabel } from '../fieldFormat';
import { useLocale } from '../format';
import { CATEGORY_KEY, CHART_COLORS, type ChartModel, chartModel } from './chartData';
import { drillHref } from './drill';
import { formatMeasure } from './measureFormat';

/** Recharts hands a clicked bar, slice or funnel step its index in the data as the second argument. */
type IndexClick = (data: unknown, index: number) => void;

function ChartOf({
  kind,
  model,
  height,
  compact,
  onPoint,
}: {
  kind: ChartKind;
  model: ChartModel;
  height: number;
  compact: boolean;
  onPoint: (index: number, series: string) => void;
}) {
  const locale = useLocale();
  const scheme = useComputedColorScheme('light');
  const textColor = scheme === 'dark' ? 'gray.3' : 'gray.8';
  const format = (value: number) => formatMeasure(value, model.measure.kind, locale);
  const first = model.series[0];
  // Counts have no halves: an axis of 0, 0.5, 1 would read "0, 1, 1".
  const axisProps = {
    allowDecimals: model.measure.kind !== 'count',
    width: model.measure.kind === 'money' ? 110 : 60,
  };
  const cells = () =>
    model.data.map((item, index) => ({
      name: String(item[CATEGORY_KEY] ?? ''),
      value: Number(item[first?.name ?? ''] ?? 0),
      color: model.series.length === 1 ? palette(index) : (first?.color ?? 'blue.6'),
    }));

  switch (kind) {
    case 'funnel':
      return (
        <FunnelChart
          data={cells()}
          size={height}
          // Small too: a funnel without its figures and step names says nothing at a glance.
          withLabels
          labelsPosition="inside"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          withTooltip
          tooltipDataSource="segment"
          valueFormatter={format}
          funnelProps={{
            onClick: ((_data, index) => onPoint(index, first?.name ?? '')) as IndexClick,
            cursor: 'pointer',
          }}
        />
      );
    case 'pie':
      return (
        <PieChart
          data={cells()}
          size={height}
          withLabels={!compact}
          labelsPosition="outside"
          labelsType="percent"
          labelColor={textColor}
          withTooltip
          tooltipDataSource="segment"
          valueFormatter={format}
          pieProps={{
            onClick: ((_data, index) => onPoint(index, first?.name ?? '')) as IndexClick,
            cursor: 'pointer',
          }}
        />
      );
    case 'line':
      return (
        <LineChart
          h={height}
          data={model.data}
          dataKey={CATEGORY_KEY}
          series={model.series}
          valueFormatter={format}
          withLegend={model.series.length > 1}
          withYAxis={!compact}
          yAxisProps={axisProps}
          textColor={textColor}
          connectNulls
          lineChartProps={{
            onClick: (state) => {
              const index = Number(state?.activeTooltipIndex ?? Number.NaN);
              if (Number.isInteger(index) && first) onPoint(index, first.name);
            },
          }}
        />
      );
    default:
      return (
        <BarChart
          h={height}
          data={model.data}
          dataKey={CATEGORY_KEY}
          series={model.series}
          type={kind === 'stacked-bar' ? 'stacked' : 'default'}
          valueFormatter={format}
          // Which bar is which matters small too (the dashboard's pipeline: expected and weighted).
          withLegend={model.series.length > 1}
          withYAxis={!compact}
          yAxisProps={axisProps}
          textColor={textColor}
          barProps={(series) => ({
            onClick: ((_data, index) => onPoint(index, series.name)) as IndexClick,
            cursor: 'pointer',
          })}
        />
      );
  }
}

const palette = (index: number) => CHART_COLORS[index % CHART_COLORS.length] ?? 'blue.6';

/**
 * A report result as a chart of the view's kind; a click on a bar, slice or step opens the
 * records behind it, as the table's figures do.
 */
export const ResultChart = forwardRef<
  HTMLDivElement,
  { result: ReportResult; kind?: ChartKind; height?: number; compact?: boolean; label: string }
>(function ResultChart({ result, kind, height = 320, compact = false, label: ariaLabel }, ref) {
  const navigate = useNavigate();
  const label = useLabel();
  const model = chartModel(result, (measure) => label(measure.label));
  if (!model || model.data.length === 0) return null;
  const wanted = kind ?? result.view.chart;
  // A funnel or pie draws one series: split by a second grouping, it would show the first group
  // alone as if it were everything, so the groups go side by side as bars instead.
  const chartKind = model.split && (wanted === 'funnel' || wanted === 'pie') ? 'bar' : wanted;
  const fixedSize = chartKind === 'funnel' || chartKind === 'pie';
  const open = (target: DrillTarget | null | undefined) => {
    const href = drillHref(target);
    if (href) navigate(href);
  };
  return (
    <Box
      ref={ref}
      component="figure"
      m={0}
      aria-label={ariaLabel}
      data-report-chart
      // Funnel and pie have a fixed size; centred, they do not leave the card's right half empty.
      style={fixedSize ? { display: 'flex', justifyContent: 'center' } : undefined}
    >
      <ChartOf
        kind={chartKind}
        model={model}
        height={height}
        compact={compact}
        onPoint={(index, series) => open(model.drill[index]?.[series])}
      />
    </Box>
  );
});
