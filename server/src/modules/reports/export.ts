import type { Readable } from 'node:stream';
import type { FieldDef, FieldKind } from '@kontor/domain/fields';
import type { MeasureKind, ReportResult, ReportRow } from '@kontor/domain/reports';
import type { Language } from '@kontor/domain/users';
import { type ExportFormat, exportRecords } from '../../platform/lists/export.js';
import type { ServerReport } from './definition.js';

const FIELD_KIND: Record<MeasureKind, FieldKind> = {
  count: 'number',
  money: 'money',
  percent: 'number',
  days: 'number',
  number: 'number',
};

const PREVIOUS = { de: 'Vorperiode', en: 'previous period' };

/**
 * A report's table as a file, written by the list export (same CSV dialect and German formats,
 * typed XLSX cells): one column per dimension, per measure, and per measure of the compared
 * period; then the totals row.
 */
export function exportReport(
  report: ServerReport,
  result: ReportResult,
  format: ExportFormat,
  language: Language,
): Readable {
  const dimensionFields: FieldDef[] = result.dimensions.map((d) => ({
    key: `d.${d.key}`,
    kind: 'text',
    label: d.label,
  }));
  const measureFields: FieldDef[] = result.measures.map((m) => ({
    key: `m.${m.key}`,
    kind: FIELD_KIND[m.kind],
    label: m.label,
  }));
  const previousFields: FieldDef[] = result.previousPeriod
    ? result.measures.map((m) => ({
        key: `p.${m.key}`,
        kind: FIELD_KIND[m.kind],
        label: { de: `${m.label.de} (${PREVIOUS.de})`, en: `${m.label.en} (${PREVIOUS.en})` },
      }))
    : [];
  const totals: ReportRow = { keys: {}, ...result.totals };
  const totalLabel = language === 'de' ? 'Gesamt' : 'Total';
  async function* pages() {
    yield [...result.rows, totals];
  }
  return exportRecords<ReportRow>({
    format,
    record: {
      type: 'report',
      label: { singular: report.def.title, plural: report.def.title },
      fields: [],
      defaultSort: '',
    },
    fields: [...dimensionFields, ...measureFields, ...previousFields],
    language,
    pages: pages(),
    cellValue(row, field) {
      const [part, key] = [field.key.slice(0, 1), field.key.slice(2)];
      if (part === 'd')
        return row === totals ? (key === result.dimensions[0]?.key ? totalLabel : '') : row.keys[key]?.label;
      return (part === 'm' ? row.values : row.previous)?.[key] ?? null;
    },
  });
}

/** `Verkaufstrichter-2026-03.xlsx`: the title and the period (a month as YYYY-MM, else from_to). */
export function reportFileName(
  report: ServerReport,
  result: ReportResult,
  format: ExportFormat,
  language: Language,
) {
  const title = report.def.title[language].replace(/[^\p{L}\p{N}-]+/gu, '-');
  const { from, to } = result.view;
  const wholeMonth = from && to && from.endsWith('-01') && from.slice(0, 7) === to.slice(0, 7) && lastDay(to);
  const period =
    !from || !to ? new Date().toISOString().slice(0, 10) : wholeMonth ? from.slice(0, 7) : `${from}_${to}`;
  return `${title}-${period}.${format}`;
}

function lastDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.getUTCDate() === 1;
}
