import { listResponseSchema } from '@kontor/domain/fields';
import { fieldChangeSchema } from '@kontor/domain/history';
import {
  type createOpportunitySchema,
  lostReasonSchema,
  opportunitySchema,
  pipelineStageSchema,
  type setOpportunityStatusSchema,
  type updateOpportunitySchema,
} from '@kontor/domain/opportunities';
import { opportunityManualStatusSchema, opportunityStatusSchema } from '@kontor/domain/sales-status';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../ui/api';
import type { ListParams } from '../../ui/recordListTypes';

export const opportunitiesKey = ['opportunities'] as const;
export const OPPORTUNITIES_API = '/api/opportunities';
export const stagesKey = ['pipeline-stages'] as const;
export const lostReasonsKey = ['lost-reasons'] as const;
const opportunityKey = (id: string) => [...opportunitiesKey, 'one', id] as const;

export type CreateOpportunityInput = z.input<typeof createOpportunitySchema>;
export type UpdateOpportunityInput = z.input<typeof updateOpportunitySchema>;
export type SetStatusInput = z.input<typeof setOpportunityStatusSchema>;

const verdictSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);
/** An opportunity as the API answers: with the S5 verdict of every by-hand status. */
export const opportunityViewSchema = opportunitySchema.extend({
  allowedStatuses: z.record(opportunityManualStatusSchema, verdictSchema),
});
export type OpportunityView = z.infer<typeof opportunityViewSchema>;

const boardCardSchema = z.object({
  id: z.string(),
  name: z.string(),
  stageId: z.string(),
  organizationName: z.string().nullable(),
  leadName: z.string().nullable(),
  expectedRevenueCents: z.number(),
  probability: z.number(),
  expectedCloseDate: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  status: opportunityStatusSchema,
  version: z.number(),
});
export type BoardCard = z.infer<typeof boardCardSchema>;
const boardPageSchema = z.object({
  stageId: z.string(),
  cards: z.array(boardCardSchema),
  nextCursor: z.string().nullable(),
});
const boardColumnSchema = boardPageSchema.extend({
  stage: pipelineStageSchema,
  count: z.number(),
  expectedRevenueCents: z.number(),
  weightedRevenueCents: z.number(),
});
export type BoardColumn = z.infer<typeof boardColumnSchema>;
const boardSchema = z.object({
  statuses: z.array(opportunityStatusSchema),
  columns: z.array(boardColumnSchema),
});
export type Board = z.infer<typeof boardSchema>;

const listSchema = listResponseSchema(opportunityViewSchema);
const historySchema = z.object({ items: z.array(fieldChangeSchema) });
const path = (id: string) => `${OPPORTUNITIES_API}/${encodeURIComponent(id)}`;

function filterParams(filter: Record<string, string>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, text] of Object.entries(filter)) params.set(`filter[${key}]`, text);
  return params;
}

/** One page of the opportunity list; the filter texts go to the server as typed. */
export function fetchOpportunitiesPage({ filter, sort, limit, cursor }: ListParams) {
  const params = filterParams(filter);
  params.set('sort', sort);
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return apiRequest(`${OPPORTUNITIES_API}?${params}`, { schema: listSchema });
}

export function useOpportunity(id: string) {
  return useQuery({
    queryKey: opportunityKey(id),
    queryFn: () => apiRequest(path(id), { schema: opportunityViewSchema }),
  });
}

export function useOpportunityHistory(id: string) {
  return useQuery({
    queryKey: [...opportunityKey(id), 'history'],
    queryFn: async () => (await apiRequest(`${path(id)}/history`, { schema: historySchema })).items,
  });
}

function useSaved() {
  const queryClient = useQueryClient();
  return (saved: OpportunityView) => {
    queryClient.setQueryData(opportunityKey(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: opportunitiesKey });
  };
}

export function useCreateOpportunity() {
  const saved = useSaved();
  return useMutation({
    mutationFn: (input: CreateOpportunityInput) =>
      apiRequest(OPPORTUNITIES_API, { method: 'POST', body: input, schema: opportunityViewSchema }),
    onSuccess: saved,
  });
}

export function useUpdateOpportunity(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (input: UpdateOpportunityInput) =>
      apiRequest(path(id), { method: 'PATCH', body: input, schema: opportunityViewSchema }),
    onSuccess: saved,
  });
}

export function useSetOpportunityStatus(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (input: SetStatusInput) =>
      apiRequest(`${path(id)}/status`, { method: 'POST', body: input, schema: opportunityViewSchema }),
    onSuccess: saved,
  });
}

export function useDeleteOpportunity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(path(id), { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: opportunityKey(id) });
      void queryClient.invalidateQueries({ queryKey: opportunitiesKey });
    },
  });
}

const stagesSchema = z.object({ items: z.array(pipelineStageSchema) });
const reasonsSchema = z.object({ items: z.array(lostReasonSchema) });

/** The pipeline's stages in board order. */
export function usePipelineStages() {
  return useQuery({
    queryKey: stagesKey,
    queryFn: async () => (await apiRequest('/api/pipeline-stages', { schema: stagesSchema })).items,
  });
}

/** The lost reasons; `onlyActive` for choosing one, all for the settings. */
export function useLostReasons(onlyActive: boolean) {
  return useQuery({
    queryKey: [...lostReasonsKey, { onlyActive }],
    queryFn: async () =>
      (await apiRequest(`/api/lost-reasons${onlyActive ? '?active=true' : ''}`, { schema: reasonsSchema }))
        .items,
  });
}

export const boardKey = (filter: Record<string, string>) =>
  [...opportunitiesKey, 'board', { filter }] as const;

export function fetchBoard(filter: Record<string, string>) {
  return apiRequest(`${OPPORTUNITIES_API}/board?${filterParams(filter)}`, { schema: boardSchema });
}

export function fetchBoardColumnPage(stageId: string, filter: Record<string, string>, cursor: string) {
  const params = filterParams(filter);
  params.set('cursor', cursor);
  return apiRequest(`${OPPORTUNITIES_API}/board/${encodeURIComponent(stageId)}?${params}`, {
    schema: boardPageSchema,
  });
}

const moveResultSchema = z.object({ id: z.string(), stageId: z.string(), version: z.number() });

export function postMove(id: string, stageId: string, version: number) {
  return apiRequest(`${path(id)}/move`, {
    method: 'POST',
    body: { stageId, version },
    schema: moveResultSchema,
  });
}
