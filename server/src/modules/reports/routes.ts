import { hasPermission } from '@kontor/domain/permissions';
import { type ReportDef, type ReportViewQuery, reportViewSchema } from '@kontor/domain/reports';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import type { Engine } from '../../platform/db/connection.js';
import type { Database } from '../../platform/db/schema.js';
import { languageOf } from '../../platform/http/error-handler.js';
import { forbidden, notFound } from '../../platform/http/problem.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import { EXPORT_CONTENT_TYPES } from '../../platform/lists/export.js';
import type { ServerReport } from './definition.js';
import { exportReport, reportFileName } from './export.js';
import { REPORTS, reportNamed } from './registry.js';
import { resolveView } from './view.js';

const nameParams = z.object({ name: z.string().min(1).max(40) }).strict();

/** The view's parameters and the file format, kept apart so the view schema stays the contract's. */
const exportQuery = z.preprocess(
  (raw) => {
    if (typeof raw !== 'object' || raw === null) return raw;
    const { format, ...view } = raw as Record<string, unknown>;
    return { format, view };
  },
  z.object({ format: z.enum(['csv', 'xlsx']).default('csv'), view: reportViewSchema }),
);

const mayOpen = (principal: Principal, report: ServerReport) =>
  report.permissions.every((permission) => hasPermission(principal.permissions, permission));

/**
 * Reports (R1–R5, R8): the list of those the user may open, one report's result for a view (the
 * URL's state), and the same table as CSV or XLSX. Any logged-in user may ask; each report then
 * needs the read permission of every record type it counts (403 otherwise).
 */
export function reportRoutes(app: Api, db: Kysely<Database>, engine: Engine): void {
  const tags = ['reports'];
  const open = (principal: Principal, name: string) => {
    const report = reportNamed(name);
    if (!report) throw notFound('report-not-found');
    if (!mayOpen(principal, report)) throw forbidden();
    return report;
  };
  const compute = (
    report: ServerReport,
    principal: Principal,
    query: ReportViewQuery,
    language: 'de' | 'en',
  ) => report.compute({ db, engine, principal, language, view: resolveView(report.def, query, new Date()) });

  app.get(
    '/api/reports',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'The report definitions the user may open' },
    },
    async (request): Promise<{ items: ReportDef[] }> => {
      const principal = principalOf(request);
      return { items: REPORTS.filter((report) => mayOpen(principal, report)).map((report) => report.def) };
    },
  );
  app.get(
    '/api/reports/:name/definition',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: "One report's definition: measures, dimensions, filters, defaults",
        params: nameParams,
      },
    },
    async (request): Promise<ReportDef> => open(principalOf(request), request.params.name).def,
  );
  app.get(
    '/api/reports/:name',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary:
          'A report for a view: groupBy, grain, measures, from/to (Berlin days), filter[…], sort, compare',
        params: nameParams,
        querystring: reportViewSchema,
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const report = open(principal, request.params.name);
      return compute(report, principal, request.query, languageOf(request));
    },
  );
  app.get(
    '/api/reports/:name/export',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'The report table as CSV or XLSX (format=csv|xlsx and the view parameters)',
        params: nameParams,
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const language = languageOf(request);
      const report = open(principal, request.params.name);
      const { format, view } = request.query;
      const result = await compute(report, principal, view, language);
      const name = reportFileName(report, result, format, language);
      const ascii = name.normalize('NFD').replace(/[^\x20-\x7e]/g, '');
      return reply
        .type(EXPORT_CONTENT_TYPES[format])
        .header(
          'content-disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(exportReport(report, result, format, language));
    },
  );
}
