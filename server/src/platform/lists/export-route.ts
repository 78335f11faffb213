import type { Readable } from 'node:stream';
import {
  type ExportQuery,
  exportQuerySchema,
  type FieldDef,
  type ListQuery,
  type RecordTypeDef,
} from '@kontor/domain/fields';
import type { Permission } from '@kontor/domain/permissions';
import type { Language } from '@kontor/domain/users';
import { z } from 'zod';
import type { Principal } from '../auth/principal.js';
import { languageOf } from '../http/error-handler.js';
import { type Api, principalOf } from '../http/types.js';
import { exportRecords } from './export.js';
import { allPages, exportFields, exportFileName } from './export-request.js';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * A download format one record type offers besides CSV and XLSX (contacts: vCard). It gets the
 * same pages as CSV and XLSX, so filters, sort and visibility apply alike; `query` declares the
 * format's own query parameters.
 */
export interface ExtraExportFormat<T> {
  contentType: string;
  query: z.ZodObject;
  write(pages: AsyncIterable<T[]>, query: Record<string, unknown>, language: Language): Readable;
}

/**
 * `GET <list url>/export`: the list as the user sees it — same filters, sort and visibility —
 * as a streamed CSV or XLSX download (M5, X2). One route shape for every record type.
 */
export function registerExportRoute<T>(
  app: Api,
  options: {
    url: string;
    access: Permission;
    record: RecordTypeDef;
    list(
      principal: Principal,
      query: ListQuery,
      language: Language,
    ): Promise<{ items: T[]; nextCursor: string | null }>;
    cellValue?(record: T, field: FieldDef): unknown;
    formats?: Record<string, ExtraExportFormat<T>>;
  },
): void {
  const formats = options.formats ?? {};
  app.get(
    options.url,
    {
      config: { access: options.access },
      schema: {
        tags: [options.record.type],
        summary:
          'Download the filtered list as CSV or XLSX (cols=field,field; same filter[...] and sort as the list)',
        querystring: withFormats(formats),
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const language = languageOf(request);
      const query = request.query as ExportQuery;
      const extra = formats[query.format];
      const fields = extra ? [] : exportFields(options.record, query.cols);
      // The first page is fetched before answering, so a bad filter is still a clean 400.
      const page = (cursor?: string) =>
        options.list(principal, { filter: query.filter, sort: query.sort, limit: 200, cursor }, language);
      const pages = allPages(await page(), (cursor) => page(cursor));
      const disposition = `attachment; filename="${exportFileName(options.record, query.format, language)}"`;
      if (extra) {
        return reply
          .type(extra.contentType)
          .header('content-disposition', disposition)
          .send(extra.write(pages, query, language));
      }
      const cellValue =
        options.cellValue ?? ((row: T, field: FieldDef) => (row as Record<string, unknown>)[field.key]);
      return reply
        .type(CONTENT_TYPES[query.format])
        .header('content-disposition', disposition)
        .send(
          exportRecords({ format: query.format, record: options.record, fields, language, pages, cellValue }),
        );
    },
  );
}

/** The export query with the extra formats' names and parameters accepted as well. */
function withFormats(formats: Record<string, ExtraExportFormat<unknown>>) {
  const names = Object.keys(formats);
  if (names.length === 0) return exportQuerySchema;
  const extraParams = Object.assign({}, ...Object.values(formats).map((format) => format.query.shape));
  return z.pipe(
    exportQuerySchema.in,
    exportQuerySchema.out.extend({
      ...extraParams,
      format: z.enum(['csv', 'xlsx', ...names]).default('csv'),
    }),
  );
}
