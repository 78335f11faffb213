import { listResponseSchema } from '@kontor/domain/fields';
import { fieldChangeSchema } from '@kontor/domain/history';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../ui/api';
import type { ListParams } from '../../ui/recordListTypes';

// What the quotation and the sales-order APIs have alike: lists, history and PDFs under
// `/api/<documents>/…`, so each feature's api.ts names only its own schemas and actions.

/** Query keys of both document types: an action on one refreshes the other (an order books its quotation). */
export const quotationsKey = ['quotations'] as const;
export const salesOrdersKey = ['sales-orders'] as const;

const historySchema = z.object({ items: z.array(fieldChangeSchema) });

export const documentPath = (base: string, id: string) => `${base}/${encodeURIComponent(id)}`;

/** A RecordList `fetchPage` for one document API: filter texts go to the server as typed. */
export function listFetcher<S extends z.ZodType>(base: string, item: S) {
  const schema = listResponseSchema(item);
  return ({ filter, sort, limit, cursor }: ListParams) => {
    const params = new URLSearchParams();
    for (const [key, text] of Object.entries(filter)) params.set(`filter[${key}]`, text);
    params.set('sort', sort);
    params.set('limit', String(limit));
    if (cursor) params.set('cursor', cursor);
    return apiRequest(`${base}?${params}`, { schema });
  };
}

/** A document's field changes, newest first. */
export function useDocumentHistory(key: readonly unknown[], base: string, id: string) {
  return useQuery({
    queryKey: [...key, 'history'],
    queryFn: async () =>
      (await apiRequest(`${documentPath(base, id)}/history`, { schema: historySchema })).items,
  });
}

/** Where the browser downloads a document's PDF (the session cookie authorises it). */
export function documentPdfUrl(base: string, id: string): string {
  return `${documentPath(base, id)}/pdf`;
}
