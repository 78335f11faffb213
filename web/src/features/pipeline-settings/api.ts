import { lostReasonSchema, pipelineStageSchema } from '@kontor/domain/opportunities';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '../../ui/api';
import { lostReasonsKey, opportunitiesKey, stagesKey } from '../opportunities/api';

type Stage = z.infer<typeof pipelineStageSchema>;
type Reason = z.infer<typeof lostReasonSchema>;

/** After any settings change: the stages and reasons are re-read, and the board shows stage changes. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: stagesKey });
    void queryClient.invalidateQueries({ queryKey: lostReasonsKey });
    void queryClient.invalidateQueries({ queryKey: opportunitiesKey });
  };
}

export function useSaveStage() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string | null;
      version?: number;
      name?: string;
      probability?: number;
      folded?: boolean;
    }) =>
      id
        ? apiRequest(`/api/pipeline-stages/${encodeURIComponent(id)}`, {
            method: 'PATCH',
            body,
            schema: pipelineStageSchema,
          })
        : apiRequest('/api/pipeline-stages', { method: 'POST', body, schema: pipelineStageSchema }),
    onSuccess,
  });
}

export function useReorderStages() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (stages: Stage[]) =>
      apiRequest('/api/pipeline-stages/order', { method: 'PUT', body: { ids: stages.map((s) => s.id) } }),
    onSuccess,
  });
}

export function useDeleteStage() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({ id, moveTo }: { id: string; moveTo?: string }) =>
      apiRequest(
        `/api/pipeline-stages/${encodeURIComponent(id)}${moveTo ? `?moveTo=${encodeURIComponent(moveTo)}` : ''}`,
        {
          method: 'DELETE',
        },
      ),
    onSuccess,
  });
}

export function useSaveLostReason() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: ({
      id,
      ...body
    }: {
      id: string | null;
      version?: number;
      name?: string;
      active?: boolean;
    }) =>
      id
        ? apiRequest(`/api/lost-reasons/${encodeURIComponent(id)}`, {
            method: 'PATCH',
            body,
            schema: lostReasonSchema,
          })
        : apiRequest('/api/lost-reasons', { method: 'POST', body, schema: lostReasonSchema }),
    onSuccess,
  });
}

export function useDeleteLostReason() {
  const onSuccess = useRefresh();
  return useMutation({
    mutationFn: (reason: Reason) =>
      apiRequest(`/api/lost-reasons/${encodeURIComponent(reason.id)}`, { method: 'DELETE' }),
    onSuccess,
  });
}

export type { Reason, Stage };
