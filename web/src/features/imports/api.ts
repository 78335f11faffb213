import type { ImportType } from '@kontor/domain/imports/fields';
import {
  type ImportJob,
  importJobSchema,
  type StartImport,
  type Upload,
  uploadSchema,
} from '@kontor/domain/imports/schemas';
import { apiRequest } from '../../ui/api';

export const importJobKey = (id: string) => ['imports', id] as const;

/**
 * Sends the file as the raw request body (no multipart): the server streams it to disk and
 * tells CSV from XLSX by its bytes.
 */
export function uploadFile(type: ImportType, file: File): Promise<Upload> {
  const params = new URLSearchParams({ type, fileName: file.name.slice(0, 200) });
  return apiRequest(`/api/imports/uploads?${params}`, {
    method: 'POST',
    raw: { content: file, contentType: file.type || 'application/octet-stream' },
    schema: uploadSchema,
  });
}

export function startImport(request: StartImport): Promise<ImportJob> {
  return apiRequest('/api/imports', { method: 'POST', body: request, schema: importJobSchema });
}

export function fetchImportJob(id: string): Promise<ImportJob> {
  return apiRequest(`/api/imports/${encodeURIComponent(id)}`, { schema: importJobSchema });
}

export function cancelImport(id: string): Promise<ImportJob> {
  return apiRequest(`/api/imports/${encodeURIComponent(id)}/cancel`, {
    method: 'POST',
    schema: importJobSchema,
  });
}

export const errorReportHref = (id: string) => `/api/imports/${encodeURIComponent(id)}/errors.csv`;
