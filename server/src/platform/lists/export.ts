import { PassThrough, type Readable } from 'node:stream';
import type { FieldDef, RecordTypeDef } from '@kontor/domain/fields';
import type { Language } from '@kontor/domain/users';
import ExcelJS from 'exceljs';
import { csvCell, formatCell } from './export-format.js';

export type ExportFormat = 'csv' | 'xlsx';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ExportRequest<T> {
  format: ExportFormat;
  record: RecordTypeDef;
  fields: FieldDef[];
  language: Language;
  /** The matching records page by page (the list's filters and sort, following cursors). */
  pages: AsyncIterable<T[]>;
  cellValue(record: T, field: FieldDef): unknown;
}

/**
 * Streams a list export: rows are written as pages arrive, so a million-row export keeps memory
 * flat. CSV is what German Excel opens directly (UTF-8 BOM, semicolons); XLSX has typed cells.
 */
export function exportRecords<T>(request: ExportRequest<T>): Readable {
  const out = new PassThrough();
  const write = request.format === 'csv' ? writeCsv : writeXlsx;
  write(request, out).catch((error: unknown) => out.destroy(error as Error));
  return out;
}

async function writeCsv<T>(request: ExportRequest<T>, out: PassThrough): Promise<void> {
  const numeric = request.fields.map((field) => field.kind === 'number' || field.kind === 'money');
  const line = (cells: string[], header = false) =>
    `${cells.map((cell, i) => csvCell(cell, !header && numeric[i])).join(';')}\r\n`;
  out.write(
    `\uFEFF${line(
      request.fields.map((field) => field.label[request.language]),
      true,
    )}`,
  );
  for await (const page of request.pages) {
    const chunk = page
      .map((row) =>
        line(request.fields.map((f) => formatCell(f, request.cellValue(row, f), request.language))),
      )
      .join('');
    // Respect back-pressure: wait while the client reads more slowly than the database delivers.
    if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
  }
  out.end();
}

async function writeXlsx<T>(request: ExportRequest<T>, out: PassThrough): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet(request.record.label.plural[request.language]);
  sheet.columns = request.fields.map((field) => ({
    header: field.label[request.language],
    key: field.key,
    width: Math.max(12, field.label[request.language].length + 4),
    style: xlsxStyle(field),
  }));
  for await (const page of request.pages) {
    for (const row of page) {
      sheet
        .addRow(
          request.fields.map((field) => xlsxValue(field, request.cellValue(row, field), request.language)),
        )
        .commit();
    }
  }
  sheet.commit();
  await workbook.commit();
}

function xlsxStyle(field: FieldDef): Partial<ExcelJS.Style> {
  if (field.kind === 'money') return { numFmt: '#,##0.00 "€"' };
  if (field.kind === 'date') return { numFmt: 'dd.mm.yyyy' };
  if (field.kind === 'datetime') return { numFmt: 'dd.mm.yyyy hh:mm' };
  return {};
}

function xlsxValue(field: FieldDef, value: unknown, language: Language): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (field.kind === 'money') return Number(value) / 100;
  if (field.kind === 'number') return Number(value);
  if (field.kind === 'boolean') return Boolean(value);
  if (field.kind === 'date') return new Date(`${String(value)}T00:00:00Z`);
  if (field.kind === 'datetime') return new Date(String(value));
  return formatCell(field, value, language);
}
