import fs from 'node:fs';
import { CsvError, CsvReader, detectDelimiter } from '@kontor/domain/imports/csv';
import {
  detectEncoding,
  stripNul,
  type TextEncodingName,
  textDecoderFor,
} from '@kontor/domain/imports/encoding';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/http/problem.js';

export type FileFormat = 'csv' | 'xlsx';

/** What was found out about an upload before reading it. */
export interface TableFormat {
  format: FileFormat;
  encoding: TextEncodingName | null;
  delimiter: string | null;
}

/** One row of the table; `rowNumber` is the spreadsheet row (the header is row 1). */
export interface TableRow {
  rowNumber: number;
  cells: string[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // old .xls and other Office binaries

/**
 * Tells an upload's format from its first bytes, never from its name or content type (Windows
 * sends CSV as application/vnd.ms-excel): a ZIP is an XLSX workbook; text is CSV, with its
 * encoding and delimiter detected; anything else (old .xls, PDF, images) is refused.
 */
export function detectFormat(head: Uint8Array): TableFormat {
  const starts = (magic: number[]) => magic.every((byte, i) => head[i] === byte);
  if (head.length === 0) throw new AppError(400, 'import-empty-file');
  if (starts(ZIP)) return { format: 'xlsx', encoding: null, delimiter: null };
  const encoding = detectEncoding(head);
  if (starts(OLE) || (encoding !== 'utf-16le' && looksBinary(head)))
    throw new AppError(415, 'import-unsupported-file');
  const sample = textDecoderFor(encoding).decode(head, { stream: true });
  return { format: 'csv', encoding, delimiter: detectDelimiter(sample) };
}

/** NUL bytes or many control characters do not occur in a text table. */
function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control > head.length / 100;
}

/**
 * The rows of an upload, read as a stream: memory stays bounded by one chunk and one row
 * (XLSX keeps its shared strings table, as every XLSX reader must). A broken CSV ends with
 * a 400 naming the row; a file that is not a workbook after all with a 415.
 */
export function readTable(file: string, format: TableFormat): AsyncGenerator<TableRow> {
  return format.format === 'xlsx'
    ? xlsxRows(file)
    : csvRows(file, format.encoding ?? 'utf-8', format.delimiter ?? ';');
}

async function* csvRows(file: string, encoding: TextEncodingName, delimiter: string) {
  const decoder = textDecoderFor(encoding);
  const reader = new CsvReader(delimiter);
  let rowNumber = 0;
  try {
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 64 * 1024 })) {
      for (const cells of reader.push(stripNul(decoder.decode(chunk as Buffer, { stream: true }))))
        yield { rowNumber: ++rowNumber, cells };
    }
    for (const cells of [...reader.push(stripNul(decoder.decode())), ...reader.end()])
      yield { rowNumber: ++rowNumber, cells };
  } catch (error) {
    if (error instanceof CsvError)
      throw new AppError(400, 'import-file-broken', { params: { row: error.record } });
    throw error;
  }
}

async function* xlsxRows(file: string) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Styles tell dates from numbers.
    styles: 'cache',
  });
  let sheetSeen = false;
  try {
    for await (const worksheet of workbook) {
      sheetSeen = true;
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as ExcelJS.CellValue[];
        // exceljs numbers cells from 1; index 0 is always empty.
        yield { rowNumber: row.number, cells: values.slice(1).map(cellText) };
      }
      // Only the first sheet is imported.
      return;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(415, 'import-unsupported-file');
  }
  if (!sheetSeen) throw new AppError(400, 'import-empty-file');
}

/** A cell's value as text as a person would type it; dates as ISO dates, formulas by their result. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return stripNul(String(value));
}
