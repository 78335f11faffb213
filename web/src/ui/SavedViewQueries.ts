import { type SavedView, savedViewSchema } from '@kontor/domain/views';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from './api';
import type { ListViewState } from './listView';

const savedViewsKey = (recordType: string) => ['views', recordType] as const;
const viewPath = (id: string) => `/api/views/${encodeURIComponent(id)}`;

/** The saved views of a record type's list the user may use: their own and their teams'. */
export function useSavedViews(recordType: string) {
  return useQuery({
    queryKey: savedViewsKey(recordType),
    queryFn: () =>
      apiRequest(`/api/views?${new URLSearchParams({ recordType })}`, {
        schema: z.object({ items: z.array(savedViewSchema) }),
      }).then((page) => page.items),
  });
}

export interface SavedViewInput {
  name: string;
  visibility: 'private' | 'team';
  teamId: string | null;
}

export function useCreateSavedView(recordType: string) {
  const refresh = useRefresh(recordType);
  return useMutation({
    mutationFn: (input: SavedViewInput & { state: ListViewState }) =>
      apiRequest('/api/views', {
        method: 'POST',
        body: { recordType, ...input, teamId: input.visibility === 'team' ? input.teamId : null },
        schema: savedViewSchema,
      }),
    onSuccess: refresh,
  });
}

/** Renames, re-shares or overwrites the state of an own view, based on the version the user saw. */
export function useUpdateSavedView(recordType: string) {
  const refresh = useRefresh(recordType);
  return useMutation({
    mutationFn: ({
      view,
      change,
    }: {
      view: SavedView;
      change: Partial<SavedViewInput> & { state?: ListViewState };
    }) =>
      apiRequest(viewPath(view.id), {
        method: 'PATCH',
        body: {
          ...change,
          ...(change.visibility ? { teamId: change.visibility === 'team' ? change.teamId : null } : {}),
          version: view.version,
        },
        schema: savedViewSchema,
      }),
    // A 409 means someone (the same user in another tab) changed it: reload to show the current one.
    onSettled: refresh,
  });
}

export function useDeleteSavedView(recordType: string) {
  const refresh = useRefresh(recordType);
  return useMutation({
    mutationFn: (view: SavedView) => apiRequest(viewPath(view.id), { method: 'DELETE' }),
    onSettled: refresh,
  });
}

/** Makes a view the user's default for this list (it opens with it), or clears the default with null. */
export function useSetDefaultView(recordType: string) {
  const refresh = useRefresh(recordType);
  return useMutation({
    mutationFn: (viewId: string | null) =>
      apiRequest('/api/views/default', { method: 'POST', body: { recordType, viewId } }),
    onSettled: refresh,
  });
}

function useRefresh(recordType: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: savedViewsKey(recordType) });
}
