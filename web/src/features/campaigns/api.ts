import {
  campaignSchema,
  type createCampaignSchema,
  type updateCampaignSchema,
} from '@kontor/domain/campaigns';
import { listResponseSchema } from '@kontor/domain/fields';
import { fieldChangeSchema } from '@kontor/domain/history';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../ui/api';
import type { ListParams } from '../../ui/recordListTypes';

export const campaignsKey = ['campaigns'] as const;
export const CAMPAIGNS_API = '/api/campaigns';
const campaignKey = (id: string) => [...campaignsKey, 'one', id] as const;

export type CreateCampaignInput = z.input<typeof createCampaignSchema>;
export type UpdateCampaignInput = z.input<typeof updateCampaignSchema>;

const listSchema = listResponseSchema(campaignSchema);
const historySchema = z.object({ items: z.array(fieldChangeSchema) });

const path = (id: string) => `${CAMPAIGNS_API}/${encodeURIComponent(id)}`;

/** One page of the campaign list; the filter texts go to the server as typed. */
export function fetchCampaignsPage({ filter, sort, limit, cursor }: ListParams) {
  const params = new URLSearchParams();
  for (const [key, text] of Object.entries(filter)) params.set(`filter[${key}]`, text);
  params.set('sort', sort);
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return apiRequest(`${CAMPAIGNS_API}?${params}`, { schema: listSchema });
}

export function useCampaign(id: string) {
  return useQuery({
    queryKey: campaignKey(id),
    queryFn: () => apiRequest(path(id), { schema: campaignSchema }),
  });
}

export function useCampaignHistory(id: string) {
  return useQuery({
    queryKey: [...campaignKey(id), 'history'],
    queryFn: async () => (await apiRequest(`${path(id)}/history`, { schema: historySchema })).items,
  });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCampaignInput) =>
      apiRequest(CAMPAIGNS_API, { method: 'POST', body: input, schema: campaignSchema }),
    onSuccess: (created) => {
      queryClient.setQueryData(campaignKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: campaignsKey });
    },
  });
}

export function useUpdateCampaign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateCampaignInput) =>
      apiRequest(path(id), { method: 'PATCH', body: input, schema: campaignSchema }),
    onSuccess: (saved) => {
      queryClient.setQueryData(campaignKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: campaignsKey });
    },
  });
}

export function useDeleteCampaign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(path(id), { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: campaignKey(id) });
      void queryClient.invalidateQueries({ queryKey: campaignsKey });
    },
  });
}
