import {
  type createSalesOrderSchema,
  salesOrderDetailSchema,
  salesOrderSchema,
  type updateSalesOrderSchema,
} from '@kontor/domain/sales-orders';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../ui/api';
import { activitiesKey } from '../activities/api';
import {
  documentPath,
  documentPdfUrl,
  listFetcher,
  quotationsKey,
  salesOrdersKey,
  useDocumentHistory,
} from '../quotations/documentApi';

export { salesOrdersKey };

export const ORDERS_API = '/api/orders';
const orderKey = (id: string) => [...salesOrdersKey, 'one', id] as const;
const path = (id: string) => documentPath(ORDERS_API, id);

export type CreateSalesOrderInput = z.input<typeof createSalesOrderSchema>;
export type UpdateSalesOrderInput = z.input<typeof updateSalesOrderSchema>;

export const fetchSalesOrdersPage = listFetcher(ORDERS_API, salesOrderSchema);

export function useSalesOrder(id: string) {
  return useQuery({
    queryKey: orderKey(id),
    queryFn: () => apiRequest(path(id), { schema: salesOrderDetailSchema }),
  });
}

export const useSalesOrderHistory = (id: string) => useDocumentHistory(orderKey(id), ORDERS_API, id);

export const salesOrderPdfUrl = (id: string) => documentPdfUrl(ORDERS_API, id);

export function useCreateSalesOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSalesOrderInput) =>
      apiRequest(ORDERS_API, { method: 'POST', body: input, schema: salesOrderDetailSchema }),
    onSuccess: (created) => {
      queryClient.setQueryData(orderKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: salesOrdersKey });
    },
  });
}

export function useUpdateSalesOrder(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSalesOrderInput) =>
      apiRequest(path(id), { method: 'PATCH', body: input, schema: salesOrderDetailSchema }),
    onSuccess: (saved) => {
      queryClient.setQueryData(orderKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: salesOrdersKey });
    },
  });
}

export function useDeleteSalesOrder(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(path(id), { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: orderKey(id) });
      void queryClient.invalidateQueries({ queryKey: salesOrdersKey });
    },
  });
}

/**
 * Book, complete or cancel (`POST …/:id/<action>` with the version seen). The quotation, the
 * opportunity and the lead follow a booking or cancellation, so their queries refresh too.
 */
export function useSalesOrderAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, version }: { action: 'book' | 'complete' | 'cancel'; version: number }) =>
      apiRequest(`${path(id)}/${action}`, {
        method: 'POST',
        body: { version },
        schema: salesOrderDetailSchema,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(orderKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: salesOrdersKey });
      void queryClient.invalidateQueries({ queryKey: quotationsKey });
      void queryClient.invalidateQueries({ queryKey: activitiesKey });
    },
  });
}
