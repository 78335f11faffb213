import {
  createdCustomerLinkSchema,
  customerLinkSchema,
  publicQuotationSchema,
} from '@kontor/domain/customer-links';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../ui/api';

const publicPath = (token: string) => `/api/public/quotations/${encodeURIComponent(token)}`;

/** The quotation behind a customer link; opening it is what records "Angebot geöffnet". */
export function usePublicQuotation(token: string) {
  return useQuery({
    queryKey: ['public-quotation', token],
    queryFn: () => apiRequest(publicPath(token), { schema: publicQuotationSchema }),
    retry: false,
    // Each fetch may count as an opening; the page shows one state until the customer acts.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

export function publicPdfUrl(token: string): string {
  return `${publicPath(token)}/pdf`;
}

export function useAcceptQuotation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest(`${publicPath(token)}/accept`, {
        method: 'POST',
        schema: publicQuotationSchema,
      }),
    onSuccess: (page) => queryClient.setQueryData(['public-quotation', token], page),
  });
}

const linksPath = (quotationId: string) => `/api/quotations/${encodeURIComponent(quotationId)}/links`;

/** The CRM side: a quotation's customer links. */
export function useCustomerLinks(quotationId: string) {
  return useQuery({
    queryKey: ['customer-links', quotationId],
    queryFn: () =>
      apiRequest(linksPath(quotationId), { schema: z.object({ items: z.array(customerLinkSchema) }) }),
  });
}

export function useCreateCustomerLink(quotationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (expiresOn: string | null) =>
      apiRequest(linksPath(quotationId), {
        method: 'POST',
        body: { expiresOn },
        schema: createdCustomerLinkSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['customer-links', quotationId] }),
  });
}

export function useRevokeCustomerLink(quotationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) =>
      apiRequest(`${linksPath(quotationId)}/${encodeURIComponent(linkId)}/revoke`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['customer-links', quotationId] }),
  });
}
