import type { Label } from '@kontor/domain/fields';
import type { MeasureDef, ReportResult, ReportRow } from '@kontor/domain/reports';
import { Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../fieldFormat';
import { useLocale } from '../format';
import { FigureLink } from './FigureLink';
import { changePercent, formatChange, formatMeasure } from './measureFormat';
import { nextSort, sortRows } from './rows';

/** A header that sorts the table by its column: ascending, descending, back to the report's order. */
function SortHeader({
  columnKey,
  text,
  sort,
  numeric,
  onSort,
}: {
  columnKey: string;
  text: string;
  sort: string | null;
  numeric: boolean;
  onSort: (key: string) => void;
}) {
  const { t } = useTranslation();
  const direction = sort === columnKey ? 'ascending' : sort === `-${columnKey}` ? 'descending' : undefined;
  const Arrow = direction === 'ascending' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th aria-sort={direction} style={{ textAlign: numeric ? 'right' : 'left' }}>
      <UnstyledButton
        onClick={() => onSort(columnKey)}
        aria-label={t('reports.sortBy', { column: text })}
        fw={600}
        fz="sm"
        style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
      >
        {text}
        {direction && <Arrow size={14} aria-hidden />}
      </UnstyledButton>
    </Table.Th>
  );
}

/**
 * The report's table: a column per grouping, per shown measure its figure (a link to the records
 * behind it) and, when comparing, the previous period's figure and the change; totals at the end.
 */
export function ReportTable({
  result,
  title,
  defaultSort,
  onSort,
}: {
  result: ReportResult;
  title: string;
  defaultSort: string | null;
  onSort: (sort: string | null) => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const locale = useLocale();
  const { view } = result;
  const measures = view.measures
    .map((key) => result.measures.find((measure) => measure.key === key))
    .filter((measure): measure is MeasureDef => measure !== undefined);
  const dimensions = view.groupBy.map((key) => ({
    key,
    label:
      result.dimensions.find((dimension) => dimension.key === key)?.label ?? ({ de: key, en: key } as Label),
  }));
  const comparing = view.compare && result.previousPeriod !== null;
  const sortBy = (key: string) => onSort(nextSort(view.sort, key, defaultSort));

  const figures = (row: Omit<ReportRow, 'keys'>) =>
    measures.flatMap((measure) => {
      const value = row.values[measure.key];
      const cells = [
        <Table.Td key={measure.key} ta="right">
          <FigureLink
            text={formatMeasure(value, measure.kind, locale)}
            target={value === null || value === undefined ? null : row.drill[measure.key]}
          />
        </Table.Td>,
      ];
      if (comparing) {
        const previous = row.previous?.[measure.key];
        const change = changePercent(value, previous);
        cells.push(
          <Table.Td key={`${measure.key}-previous`} ta="right" c="dimmed">
            {formatMeasure(previous, measure.kind, locale)}
          </Table.Td>,
          <Table.Td
            key={`${measure.key}-change`}
            ta="right"
            c={change === null ? undefined : change < 0 ? 'red.8' : 'teal.9'}
          >
            {formatChange(change, locale)}
          </Table.Td>,
        );
      }
      return cells;
    });

  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped highlightOnHover aria-label={t('reports.tableLabel', { title })}>
        <Table.Thead>
          <Table.Tr>
            {dimensions.map((dimension) => (
              <SortHeader
                key={dimension.key}
                columnKey={dimension.key}
                text={label(dimension.label)}
                sort={view.sort}
                numeric={false}
                onSort={sortBy}
              />
            ))}
            {measures.flatMap((measure) => {
              const headers = [
                <SortHeader
                  key={measure.key}
                  columnKey={measure.key}
                  text={label(measure.label)}
                  sort={view.sort}
                  numeric
                  onSort={sortBy}
                />,
              ];
              if (comparing)
                headers.push(
                  <Table.Th key={`${measure.key}-previous`} ta="right">
                    {t('reports.previous', { measure: label(measure.label) })}
                  </Table.Th>,
                  <Table.Th key={`${measure.key}-change`} ta="right">
                    {t('reports.change')}
                  </Table.Th>,
                );
              return headers;
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortRows(result, view.sort).map((row) => (
            <Table.Tr key={view.groupBy.map((key) => row.keys[key]?.value ?? '∅').join('|')}>
              {dimensions.map((dimension) => (
                <Table.Td key={dimension.key}>{row.keys[dimension.key]?.label ?? '–'}</Table.Td>
              ))}
              {figures(row)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            {dimensions.length > 0 ? (
              <Table.Td colSpan={dimensions.length}>
                <Text fw={700} size="sm">
                  {t('reports.total')}
                </Text>
              </Table.Td>
            ) : null}
            {figures(result.totals)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
