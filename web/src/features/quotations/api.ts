import { lostReasonSchema, opportunitySchema } from '@kontor/domain/opportunities';
import {
  type createQuotationSchema,
  type markQuotationLostSchema,
  quotationDetailSchema,
  quotationSchema,
  type updateQuotationSchema,
} from '@kontor/domain/quotations';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../ui/api';
import { activitiesKey } from '../activities/api';
import {
  documentPath,
  documentPdfUrl,
  listFetcher,
  quotationsKey,
  salesOrdersKey,
  useDocumentHistory,
} from './documentApi';

export { quotationsKey };

export const QUOTATIONS_API = '/api/quotations';
const quotationKey = (id: string) => [...quotationsKey, 'one', id] as const;
const path = (id: string) => documentPath(QUOTATIONS_API, id);

export type CreateQuotationInput = z.input<typeof createQuotationSchema>;
export type UpdateQuotationInput = z.input<typeof updateQuotationSchema>;

export const fetchQuotationsPage = listFetcher(QUOTATIONS_API, quotationSchema);
const versionsSchema = z.object({ items: z.array(quotationSchema) });

export function useQuotation(id: string) {
  return useQuery({
    queryKey: quotationKey(id),
    queryFn: () => apiRequest(path(id), { schema: quotationDetailSchema }),
  });
}

export const useQuotationHistory = (id: string) => useDocumentHistory(quotationKey(id), QUOTATIONS_API, id);

export const quotationPdfUrl = (id: string) => documentPdfUrl(QUOTATIONS_API, id);

/** Every version of a quotation number the user may see, oldest first. */
export function useQuotationVersions(number: string) {
  return useQuery({
    queryKey: [...quotationsKey, 'versions', number],
    queryFn: async () => {
      const params = new URLSearchParams({
        'filter[number]': `="${number}"`,
        sort: 'revision',
        limit: '100',
      });
      return (await apiRequest(`${QUOTATIONS_API}?${params}`, { schema: versionsSchema })).items;
    },
  });
}

export function useCreateQuotation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateQuotationInput) =>
      apiRequest(QUOTATIONS_API, { method: 'POST', body: input, schema: quotationDetailSchema }),
    onSuccess: (created) => {
      queryClient.setQueryData(quotationKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: quotationsKey });
    },
  });
}

export function useUpdateQuotation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateQuotationInput) =>
      apiRequest(path(id), { method: 'PATCH', body: input, schema: quotationDetailSchema }),
    onSuccess: (saved) => {
      queryClient.setQueryData(quotationKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: quotationsKey });
    },
  });
}

export function useDeleteQuotation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(path(id), { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: quotationKey(id) });
      void queryClient.invalidateQueries({ queryKey: quotationsKey });
    },
  });
}

/**
 * An action with the version seen. Each answers with a quotation: the changed one, for a new
 * version the new draft, for an order the ordered one (its `order` names the booked order).
 */
type QuotationActionRequest =
  | { action: 'submit' | 'cancel' | 'new-version' | 'order'; version: number }
  | ({ action: 'mark-lost' } & z.input<typeof markQuotationLostSchema>);

/**
 * Submit, new version, lost, cancel and order (`POST …/:id/<action>`). Statuses of other versions,
 * orders, the opportunity and the lead may follow, so those queries refresh.
 */
export function useQuotationAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, ...body }: QuotationActionRequest) =>
      apiRequest(`${path(id)}/${action}`, { method: 'POST', body, schema: quotationDetailSchema }),
    onSuccess: (result) => {
      queryClient.setQueryData(quotationKey(result.id), result);
      void queryClient.invalidateQueries({ queryKey: quotationsKey });
      void queryClient.invalidateQueries({ queryKey: salesOrdersKey });
      void queryClient.invalidateQueries({ queryKey: activitiesKey });
    },
  });
}

/** The active lost reasons an admin keeps, in their order. */
export function useLostReasons(enabled: boolean) {
  return useQuery({
    queryKey: ['lost-reasons', 'active'],
    queryFn: async () =>
      (
        await apiRequest('/api/lost-reasons?active=true', {
          schema: z.object({ items: z.array(lostReasonSchema) }),
        })
      ).items,
    enabled,
  });
}

/** The opportunity a new quotation is made for (`/quotations/new?opportunityId=…`). */
export function useOpportunity(id: string | null) {
  return useQuery({
    queryKey: ['opportunities', 'one', id],
    queryFn: () =>
      apiRequest(`/api/opportunities/${encodeURIComponent(id ?? '')}`, { schema: opportunitySchema }),
    enabled: id !== null,
  });
}
