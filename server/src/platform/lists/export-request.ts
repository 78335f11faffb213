import type { FieldDef, RecordTypeDef } from '@kontor/domain/fields';
import { AppError } from '../http/problem.js';

/** The fields an export writes: the requested columns in their order, else the list's defaults. */
export function exportFields(record: RecordTypeDef, cols: string | undefined): FieldDef[] {
  if (!cols) return record.fields.filter((field) => field.defaultColumn);
  // A column asked for twice is written once (a workbook cannot hold two columns of one key).
  const keys = [
    ...new Set(
      cols
        .split(',')
        .map((key) => key.trim())
        .filter(Boolean),
    ),
  ];
  const unknown = keys.find((key) => !record.fields.some((field) => field.key === key));
  if (unknown !== undefined) throw new AppError(400, 'unknown-export-column', { params: { field: unknown } });
  return keys.map((key) => record.fields.find((field) => field.key === key) as FieldDef);
}

/** The given first page, then every following page by its cursor, for exports. */
export async function* allPages<T>(
  first: { items: T[]; nextCursor: string | null },
  fetchAfter: (cursor: string) => Promise<{ items: T[]; nextCursor: string | null }>,
): AsyncIterable<T[]> {
  yield first.items;
  let cursor = first.nextCursor;
  while (cursor) {
    const page = await fetchAfter(cursor);
    yield page.items;
    cursor = page.nextCursor;
  }
}

/** A safe download name such as `organisationen-2026-11-25.csv`. */
export function exportFileName(record: RecordTypeDef, format: string, language: 'de' | 'en'): string {
  const base = record.label.plural[language].toLowerCase().replace(/[^a-z0-9äöüß-]+/g, '-');
  return `${base}-${new Date().toISOString().slice(0, 10)}.${format}`;
}
