import { listResponseSchema } from '@kontor/domain/fields';
import { fieldChangeSchema } from '@kontor/domain/history';
import {
  conversionCandidatesSchema,
  conversionResultSchema,
  type convertLeadSchema,
  type createLeadSchema,
  leadDetailSchema,
  leadSchema,
  type updateLeadSchema,
} from '@kontor/domain/leads';
import { pipelineStageSchema } from '@kontor/domain/opportunities';
import type { LeadManualStatus } from '@kontor/domain/sales-status';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../ui/api';
import type { ListParams } from '../../ui/recordListTypes';

export const leadsKey = ['leads'] as const;
export const LEADS_API = '/api/leads';
const leadKey = (id: string) => [...leadsKey, 'one', id] as const;

export type CreateLeadInput = z.input<typeof createLeadSchema>;
export type UpdateLeadInput = z.input<typeof updateLeadSchema>;
/** A conversion request as the wizard sends it (defaults filled in by the server). */
export type ConvertLeadInput = z.input<typeof convertLeadSchema>;

const listSchema = listResponseSchema(leadSchema);
const historySchema = z.object({ items: z.array(fieldChangeSchema) });
const stagesSchema = z.object({ items: z.array(pipelineStageSchema) });
const campaignOptionsSchema = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });

const path = (id: string) => `${LEADS_API}/${encodeURIComponent(id)}`;

/** One page of the lead list; the filter texts go to the server as typed. */
export function fetchLeadsPage({ filter, sort, limit, cursor }: ListParams) {
  const params = new URLSearchParams();
  for (const [key, text] of Object.entries(filter)) params.set(`filter[${key}]`, text);
  params.set('sort', sort);
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return apiRequest(`${LEADS_API}?${params}`, { schema: listSchema });
}

export function useLead(id: string) {
  return useQuery({
    queryKey: leadKey(id),
    queryFn: () => apiRequest(path(id), { schema: leadDetailSchema }),
  });
}

export function useLeadHistory(id: string) {
  return useQuery({
    queryKey: [...leadKey(id), 'history'],
    queryFn: async () => (await apiRequest(`${path(id)}/history`, { schema: historySchema })).items,
  });
}

/** Saving a lead answers with the detail; the list and the detail show it at once. */
function useLeadWrite<Input>(request: (input: Input) => Promise<z.infer<typeof leadDetailSchema>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (saved) => {
      queryClient.setQueryData(leadKey(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: leadsKey });
    },
  });
}

export function useCreateLead() {
  return useLeadWrite((input: CreateLeadInput) =>
    apiRequest(LEADS_API, { method: 'POST', body: input, schema: leadDetailSchema }),
  );
}

export function useUpdateLead(id: string) {
  return useLeadWrite((input: UpdateLeadInput) =>
    apiRequest(path(id), { method: 'PATCH', body: input, schema: leadDetailSchema }),
  );
}

export function useSetLeadStatus(id: string) {
  return useLeadWrite((input: { status: LeadManualStatus; version: number }) =>
    apiRequest(`${path(id)}/status`, { method: 'POST', body: input, schema: leadDetailSchema }),
  );
}

export function useDeleteLead(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(path(id), { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: leadKey(id) });
      void queryClient.invalidateQueries({ queryKey: leadsKey });
    },
  });
}

/** Likely duplicates of the lead's company and person, while the wizard is open. */
export function useConversionCandidates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...leadKey(id), 'conversion-candidates'],
    queryFn: () => apiRequest(`${path(id)}/conversion-candidates`, { schema: conversionCandidatesSchema }),
    enabled,
  });
}

export function useConvertLead(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConvertLeadInput) =>
      apiRequest(`${path(id)}/convert`, { method: 'POST', body: input, schema: conversionResultSchema }),
    // Organisations, contacts and (later) opportunities changed too.
    onSuccess: () => void queryClient.invalidateQueries(),
  });
}

/** The pipeline stages for the wizard's opportunity step; a server without them answers an error. */
export function usePipelineStages(enabled: boolean) {
  return useQuery({
    queryKey: ['pipeline-stages'],
    queryFn: async () => (await apiRequest('/api/pipeline-stages', { schema: stagesSchema })).items,
    enabled,
    retry: false,
  });
}

/** Campaigns to choose from, by name (a company has tens, not thousands). */
export function useCampaignOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['campaigns', 'options'],
    queryFn: async () =>
      (await apiRequest('/api/campaigns?sort=name&limit=200', { schema: campaignOptionsSchema })).items,
    enabled,
  });
}
