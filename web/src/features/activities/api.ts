import {
  type Activity,
  type AssigneeInput,
  activitySchema,
  type createActivitySchema,
  followUpsSchema,
  noteTypeSchema,
  timelineSchema,
  type updateActivitySchema,
} from '@kontor/domain/activities';
import { listResponseSchema } from '@kontor/domain/fields';
import { fieldChangeSchema } from '@kontor/domain/history';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../ui/api';
import type { ListParams } from '../../ui/recordListTypes';

export type { Activity, AssigneeInput };
export type CreateActivityInput = z.input<typeof createActivitySchema>;
export type UpdateActivityInput = z.input<typeof updateActivitySchema>;

/** Every activity query starts with this key, so one invalidation refreshes timelines, lists and follow-ups. */
export const activitiesKey = ['activities'] as const;
export const timelineKey = (recordType: string, recordId: string) =>
  [...activitiesKey, 'timeline', recordType, recordId] as const;
export const followUpsKey = [...activitiesKey, 'follow-ups'] as const;
const activityKey = (id: string) => [...activitiesKey, 'one', id] as const;
const noteTypesKey = [...activitiesKey, 'note-types'] as const;

export const ACTIVITIES_API = '/api/activities';
const listSchema = listResponseSchema(activitySchema);
const historySchema = z.object({ items: z.array(fieldChangeSchema) });
const noteTypesSchema = z.object({ items: z.array(noteTypeSchema) });

const path = (id: string) => `${ACTIVITIES_API}/${encodeURIComponent(id)}`;
const recordPath = (recordType: string, recordId: string) =>
  `/api/records/${encodeURIComponent(recordType)}/${encodeURIComponent(recordId)}`;

function listQuery({ filter, sort, limit, cursor }: ListParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, text] of Object.entries(filter)) params.set(`filter[${key}]`, text);
  params.set('sort', sort);
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return params;
}

/** One page of the CRM overview (A7); the filter texts go to the server as typed. */
export function fetchActivitiesPage(params: ListParams) {
  return apiRequest(`${ACTIVITIES_API}?${listQuery(params)}`, { schema: listSchema });
}

/** One page of every entry of a record's timeline ("Alle anzeigen" filtered to that record). */
export function fetchRecordActivitiesPage(recordType: string, recordId: string, params: ListParams) {
  return apiRequest(`${recordPath(recordType, recordId)}/activities?${listQuery(params)}`, {
    schema: listSchema,
  });
}

/** A record's timeline: its newest pinned entries, then its newest others (A5, A6). */
export function useTimeline(recordType: string, recordId: string) {
  return useQuery({
    queryKey: timelineKey(recordType, recordId),
    queryFn: () => apiRequest(`${recordPath(recordType, recordId)}/timeline`, { schema: timelineSchema }),
  });
}

export function useActivity(id: string) {
  return useQuery({
    queryKey: activityKey(id),
    queryFn: () => apiRequest(path(id), { schema: activitySchema }),
  });
}

/** "Meine Wiedervorlagen" (A2): overdue, today and upcoming open entries. */
export function useFollowUps(scope: 'mine' | 'teams' | 'all' = 'all') {
  return useQuery({
    queryKey: [...followUpsKey, scope],
    queryFn: () =>
      apiRequest(`/api/follow-ups?${new URLSearchParams({ scope })}`, { schema: followUpsSchema }),
  });
}

/** An entry's changes, newest first; fetched only when the history is opened. */
export function useActivityHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...activityKey(id), 'history'],
    queryFn: async () => (await apiRequest(`${path(id)}/history`, { schema: historySchema })).items,
    enabled,
  });
}

/** The active note types recording offers. */
export function useNoteTypes() {
  return useQuery({
    queryKey: noteTypesKey,
    queryFn: async () => (await apiRequest('/api/activity-note-types', { schema: noteTypesSchema })).items,
    staleTime: 5 * 60_000,
  });
}

/** Timelines, lists and follow-ups may all show a changed entry: refresh every activity query. */
export function refreshActivities(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: activitiesKey });
}

function useActivityMutation<Input>(request: (input: Input) => Promise<Activity | undefined>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (saved) => {
      if (saved) queryClient.setQueryData(activityKey(saved.id), saved);
      void refreshActivities(queryClient);
    },
  });
}

const post = (id: string, action: string, body: unknown) =>
  apiRequest(`${path(id)}/${action}`, { method: 'POST', body, schema: activitySchema });

export function useCreateActivity() {
  return useActivityMutation((input: CreateActivityInput) =>
    apiRequest(ACTIVITIES_API, { method: 'POST', body: input, schema: activitySchema }),
  );
}

export function useUpdateActivity(id: string) {
  return useActivityMutation((input: UpdateActivityInput) =>
    apiRequest(path(id), { method: 'PATCH', body: input, schema: activitySchema }),
  );
}

export function useCompleteActivity(id: string) {
  return useActivityMutation((input: { version: number; outcome?: string | null }) =>
    post(id, 'complete', input),
  );
}

export function useReopenActivity(id: string) {
  return useActivityMutation((input: { version: number; dueAt: string }) => post(id, 'reopen', input));
}

export function useRescheduleActivity(id: string) {
  return useActivityMutation((input: { version: number; dueAt: string }) => post(id, 'reschedule', input));
}

export function useReassignActivity(id: string) {
  return useActivityMutation((input: { version: number; assignee: AssigneeInput }) =>
    post(id, 'reassign', input),
  );
}

export function usePinActivity(id: string) {
  return useActivityMutation((pinned: boolean) => post(id, 'pin', { pinned }));
}

export function useDeleteActivity(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(path(id), { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: activityKey(id) });
      void refreshActivities(queryClient);
    },
  });
}
