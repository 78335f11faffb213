import type { Label } from '@kontor/domain/fields';
import {
  type ChartKind,
  PERIOD_GRAINS,
  type PeriodGrain,
  type ReportDef,
  type ReportView,
} from '@kontor/domain/reports';
import { Group, MultiSelect, Select, Switch } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField, formatDateInput, parseDateInput } from '../DateField';
import { useLabel } from '../fieldFormat';
import { PERIOD_PRESETS, type PeriodPreset, presetOf, presetPeriod } from './periods';
import { groupsByPeriod } from './reportView';

const NONE = '';
/** Chart kinds that draw one series only. */
const ONE_SERIES: readonly ChartKind[] = ['funnel', 'pie'];

/** A date box that hands on the ISO date once the user leaves it or presses Enter. */
function PeriodDay({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string | null;
  onCommit: (iso: string | null) => void;
}) {
  const { i18n } = useTranslation();
  const [draft, setDraft] = useState(formatDateInput(value, i18n.language));
  useEffect(() => setDraft(formatDateInput(value, i18n.language)), [value, i18n.language]);
  const parsed = parseDateInput(draft);
  const commit = () => {
    if (parsed !== undefined && parsed !== value) onCommit(parsed);
  };
  const { t } = useTranslation();
  return (
    <DateField
      size="xs"
      w={130}
      label={label}
      value={draft}
      error={parsed === undefined ? t('validation.date') : undefined}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => event.key === 'Enter' && commit()}
    />
  );
}

/**
 * The report's view controls: period (presets or from–to), grain when grouped by period, up to
 * two groupings, the measures shown, comparison with the previous period and the chart kind.
 */
export function ReportToolbar({
  def,
  view,
  today,
  onChange,
}: {
  def: ReportDef;
  view: ReportView;
  today: string;
  onChange: (next: ReportView) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const set = (change: Partial<ReportView>) => onChange({ ...view, ...change });
  const split = view.groupBy.length > 1;
  const [customOpen, setCustomOpen] = useState(false);
  const preset: PeriodPreset | 'custom' | 'all' =
    view.from === null && view.to === null ? 'all' : presetOf(view, today);
  const shownPreset = customOpen ? 'custom' : preset;
  const dimensionOptions = def.dimensions.map((dimension) => ({
    value: dimension.key,
    label: label(dimension.label),
  }));
  const [first = NONE, second = NONE] = view.groupBy;
  const periodLabel = (field: Label | null) =>
    field ? t('reports.periodOf', { field: label(field) }) : t('reports.period');

  return (
    <Group gap="sm" align="flex-end" role="group" aria-label={t('reports.toolbar')} wrap="wrap">
      {def.periodField !== null && (
        <>
          <Select
            size="xs"
            w={270}
            label={periodLabel(def.periodField)}
            allowDeselect={false}
            value={shownPreset}
            data={[
              ...PERIOD_PRESETS.map((value) => ({ value, label: t(`reports.preset.${value}`) })),
              { value: 'all', label: t('reports.preset.all') },
              { value: 'custom', label: t('reports.preset.custom') },
            ]}
            onChange={(value) => {
              if (value === 'custom') return setCustomOpen(true);
              setCustomOpen(false);
              if (value === 'all') set({ from: null, to: null });
              else if (value) set(presetPeriod(value as PeriodPreset, today));
            }}
          />
          {shownPreset === 'custom' && (
            <>
              <PeriodDay
                label={t('reports.periodFrom')}
                value={view.from}
                onCommit={(from) => set({ from })}
              />
              <PeriodDay label={t('reports.periodTo')} value={view.to} onCommit={(to) => set({ to })} />
            </>
          )}
        </>
      )}
      {def.dimensions.length > 0 && (
        <>
          <Select
            size="xs"
            w={180}
            label={t('reports.groupByFirst')}
            allowDeselect={false}
            value={first}
            data={[{ value: NONE, label: t('reports.noGrouping') }, ...dimensionOptions]}
            onChange={(value) =>
              set({ groupBy: value ? [value, ...(second && second !== value ? [second] : [])] : [] })
            }
          />
          {first !== NONE && def.dimensions.length > 1 && (
            <Select
              size="xs"
              w={180}
              label={t('reports.groupBySecond')}
              allowDeselect={false}
              value={second}
              data={[
                { value: NONE, label: t('reports.noGrouping') },
                ...dimensionOptions.filter((option) => option.value !== first),
              ]}
              onChange={(value) => set({ groupBy: value ? [first, value] : [first] })}
            />
          )}
        </>
      )}
      {groupsByPeriod(view, def) && (
        <Select
          size="xs"
          w={120}
          label={t('reports.grain')}
          allowDeselect={false}
          value={view.grain}
          data={PERIOD_GRAINS.map((grain) => ({ value: grain, label: t(`reports.grains.${grain}`) }))}
          onChange={(value) => value && set({ grain: value as PeriodGrain })}
        />
      )}
      <MultiSelect
        size="xs"
        miw={220}
        maw={420}
        label={t('reports.measures')}
        value={view.measures}
        data={def.measures.map((measure) => ({ value: measure.key, label: label(measure.label) }))}
        // Measures keep the report's order, so the table's columns do not move about.
        onChange={(keys) =>
          keys.length > 0 &&
          set({ measures: def.measures.map((measure) => measure.key).filter((key) => keys.includes(key)) })
        }
      />
      {def.charts.length > 1 && (
        <Select
          size="xs"
          w={170}
          label={t('reports.chart')}
          allowDeselect={false}
          // Split by a second grouping, the chart draws bars (see ResultChart): say so here too.
          value={split && ONE_SERIES.includes(view.chart) ? 'bar' : view.chart}
          data={def.charts.map((chart) => ({
            value: chart,
            label: t(`reports.charts.${chart}`),
            disabled: split && ONE_SERIES.includes(chart),
          }))}
          onChange={(value) => value && set({ chart: value as ReportView['chart'] })}
        />
      )}
      {def.periodField !== null && (
        <Switch
          size="sm"
          mb={4}
          label={t('reports.compare')}
          checked={view.compare}
          disabled={view.from === null || view.to === null}
          onChange={(event) => set({ compare: event.currentTarget.checked })}
        />
      )}
    </Group>
  );
}
