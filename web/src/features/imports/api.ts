import type { ImportType } from '@kontor/domain/imports/fields';
import {
  type ImportJob,
  importJobSchema,
  type StartImport,
  type Upload,
  uploadSchema,
} from '@kontor/domain/imports/schemas';
import { problemSchema } from '@kontor/domain/problem';
import { ApiError, apiRequest } from '../../ui/api';

export const importJobKey = (id: string) => ['imports', id] as const;

/**
 * Sends the file as the raw request body (no multipart): the server streams it to disk and
 * tells CSV from XLSX by its bytes. Not through apiRequest, which sends JSON.
 */
export async function uploadFile(type: ImportType, file: File, csrfToken: string): Promise<Upload> {
  const params = new URLSearchParams({ type, fileName: file.name.slice(0, 200) });
  let response: Response;
  try {
    response = await fetch(`/api/imports/uploads?${params}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': document.documentElement.lang || 'de',
        'Content-Type': file.type || 'application/octet-stream',
        'X-CSRF-Token': csrfToken,
      },
      body: file,
    });
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'network', status: 0 });
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = problemSchema.safeParse(body);
    throw new ApiError(
      problem.success
        ? problem.data
        : { type: 'about:blank', title: response.statusText, status: response.status },
    );
  }
  return uploadSchema.parse(body);
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
