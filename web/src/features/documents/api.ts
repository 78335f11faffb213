import {
  type DocumentItem,
  documentSchema,
  documentSettingsSchema,
  fileNameProblem,
} from '@kontor/domain/documents';
import { listResponseSchema } from '@kontor/domain/fields';
import { problemSchema } from '@kontor/domain/problem';
import { type QueryClient, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiRequest } from '../../ui/api';
import type { ListParams } from '../../ui/recordListTypes';
import { useCurrentSession } from '../../ui/session';
import { activitiesKey } from '../activities/api';

export const documentsKey = ['documents'] as const;
const recordKey = (recordType: string, recordId: string) =>
  [...documentsKey, 'record', recordType, recordId] as const;
const listSchema = listResponseSchema(documentSchema);
const recordPath = (recordType: string, recordId: string) =>
  `/api/records/${encodeURIComponent(recordType)}/${encodeURIComponent(recordId)}/documents`;

/** One page of the overall documents list; the filter texts go to the server as typed. */
export function fetchDocumentsPage({ filter, sort, limit, cursor }: ListParams) {
  const params = new URLSearchParams();
  for (const [key, text] of Object.entries(filter)) params.set(`filter[${key}]`, text);
  params.set('sort', sort);
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return apiRequest(`/api/documents?${params}`, { schema: listSchema });
}

/** Where an upload goes: any attachable record, an entry included (its attachments). */
export interface UploadTarget {
  recordType: string;
  recordId: string;
}

/** A record's newest documents (up to 200; the overall list has the rest), for useQuery or prefetching. */
export function recordDocumentsQuery(recordType: string, recordId: string) {
  return queryOptions({
    queryKey: recordKey(recordType, recordId),
    queryFn: () => apiRequest(`${recordPath(recordType, recordId)}?limit=200`, { schema: listSchema }),
  });
}

export function useRecordDocuments(recordType: string, recordId: string) {
  return useQuery(recordDocumentsQuery(recordType, recordId));
}

export function useDocumentSettings() {
  return useQuery({
    queryKey: [...documentsKey, 'settings'],
    queryFn: () => apiRequest('/api/documents/settings', { schema: documentSettingsSchema }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Uploads one file to `target` with progress (fetch cannot report upload progress, XMLHttpRequest can). */
export function useUploadDocument() {
  const queryClient = useQueryClient();
  const { csrfToken } = useCurrentSession();
  return useMutation({
    mutationFn: ({
      target,
      file,
      onProgress,
    }: {
      target: UploadTarget;
      file: File;
      onProgress: (fraction: number) => void;
    }) => send(recordPath(target.recordType, target.recordId), file, csrfToken, onProgress),
    onSuccess: (saved) => refreshAfterFileChange(queryClient, saved),
  });
}

export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (document: DocumentItem) =>
      apiRequest(`/api/documents/${encodeURIComponent(document.id)}`, { method: 'DELETE' }),
    onSuccess: (_, document) => refreshAfterFileChange(queryClient, document),
  });
}

/**
 * A file on a record comes and goes with a "document" entry on the record's timeline, so
 * timelines refresh too; an entry's attachment has no entry of its own.
 */
function refreshAfterFileChange(queryClient: QueryClient, document: DocumentItem) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: documentsKey }),
    document.recordType === 'activity' ? null : queryClient.invalidateQueries({ queryKey: activitiesKey }),
  ]);
}

/**
 * Why the server would refuse this file for its name, emptiness or size: said before sending,
 * so nothing is transferred in vain. The keys are those of `documents.refused`.
 */
export function refusalOf(file: File, limit: number | undefined): string | null {
  const nameProblem = fileNameProblem(file.name);
  if (nameProblem) return `name-${nameProblem}`;
  if (file.size === 0) return 'empty';
  if (limit !== undefined && file.size > limit) return 'too-large';
  return null;
}

function send(path: string, file: File, csrfToken: string, onProgress: (fraction: number) => void) {
  return new Promise<DocumentItem>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', document.documentElement.lang || 'de');
    request.setRequestHeader('X-CSRF-Token', csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError({ type: 'about:blank', title: 'network', status: 0 }));
    request.onload = () => {
      const body = parseJson(request.responseText);
      if (request.status === 201) return resolve(documentSchema.parse(body));
      const parsed = problemSchema.safeParse(body);
      reject(
        new ApiError(
          parsed.success
            ? parsed.data
            : { type: 'about:blank', title: request.statusText || 'Error', status: request.status },
        ),
      );
    };
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
