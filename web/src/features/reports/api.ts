import type { ReportDef, ReportName, ReportResult, ReportView } from '@kontor/domain/reports';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../ui/api';
import { apiQueryOf } from '../../ui/report/reportView';

export const reportsKey = ['reports'] as const;
export const REPORTS_API = '/api/reports';

const isObject = (value: unknown) => typeof value === 'object' && value !== null;
const reportDef = z.custom<ReportDef>((value) => isObject(value) && 'name' in value && 'defaults' in value);
// The list answers as the other lists do (`{ items }`); a bare array is read the same way.
const reportListSchema = z.union([
  z.array(reportDef),
  z.object({ items: z.array(reportDef) }).transform((list) => list.items),
]);
const reportResultSchema = z.custom<ReportResult>(
  (value) => isObject(value) && 'rows' in value && 'totals' in value,
);

const reportPath = (name: string) => `${REPORTS_API}/${encodeURIComponent(name)}`;

/** The reports the user may open (the server leaves out those their role may not). */
export function useReports() {
  return useQuery({
    queryKey: [...reportsKey, 'list'],
    queryFn: () => apiRequest(REPORTS_API, { schema: reportListSchema }),
    staleTime: 5 * 60_000,
  });
}

/** One report's figures for a view; the previous view's figures stay while the next one loads. */
export function useReportResult(name: ReportName | null, view: ReportView | null) {
  const query = view ? apiQueryOf(view).toString() : '';
  return useQuery({
    queryKey: [...reportsKey, 'result', name, query],
    queryFn: () => apiRequest(`${reportPath(name ?? '')}?${query}`, { schema: reportResultSchema }),
    enabled: name !== null && view !== null,
    placeholderData: keepPreviousData,
  });
}

/** The download of a report as the page shows it. */
export function reportExportHref(name: string, view: ReportView, format: 'csv' | 'xlsx'): string {
  const params = apiQueryOf(view);
  params.set('format', format);
  return `${reportPath(name)}/export?${params}`;
}
