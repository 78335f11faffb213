import { activitySchema } from '@kontor/domain/activities';
import { listResponseSchema } from '@kontor/domain/fields';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../ui/api';
import { ACTIVITIES_API, activitiesKey, refreshActivities } from '../activities/api';

const deletedKey = [...activitiesKey, 'deleted'] as const;
const listSchema = listResponseSchema(activitySchema);

/** Deleted entries the admin may restore, newest entry date first, a page at a time. */
export function useDeletedActivities() {
  return useInfiniteQuery({
    queryKey: deletedKey,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ sort: '-occurredAt', limit: '50' });
      if (pageParam) params.set('cursor', pageParam);
      return apiRequest(`${ACTIVITIES_API}/deleted?${params}`, { schema: listSchema });
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Brings a deleted entry back onto its timelines and lists; every activity query refreshes. */
export function useRestoreActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`${ACTIVITIES_API}/${encodeURIComponent(id)}/restore`, {
        method: 'POST',
        schema: activitySchema,
      }),
    onSuccess: () => refreshActivities(queryClient),
  });
}
