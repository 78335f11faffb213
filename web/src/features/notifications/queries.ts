import { notificationPageSchema, unreadCountSchema } from '@kontor/domain/notifications';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../ui/api';
import { useLiveEvent } from '../../ui/live';

const notificationsKey = ['notifications'] as const;
const unreadCountKey = [...notificationsKey, 'unread-count'] as const;
const listKey = [...notificationsKey, 'list'] as const;

/** The unread count for the bell, refetched whenever the server says a notification was made. */
export function useUnreadCount() {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: notificationsKey });
  // Live events may have been missed (reset): the count is fetched anew as well.
  useLiveEvent('notification.created', refresh, refresh);
  return useQuery({
    queryKey: unreadCountKey,
    // A badge fetched in the background does not end the session by itself on a 401: that is
    // left to what the user does next (a page's own request), as ending it while a page is still
    // starting crashed components that expect the session to be there.
    queryFn: () =>
      apiRequest('/api/notifications/unread-count', { schema: unreadCountSchema, allowUnauthorized: true }),
    select: (data) => data.count,
  });
}

/** The newest notifications, page by page; fetched only while the bell is open. */
export function useNotifications(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: listKey,
    enabled,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) =>
      apiRequest(`/api/notifications${pageParam ? `?${new URLSearchParams({ cursor: pageParam })}` : ''}`, {
        schema: notificationPageSchema,
      }),
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest('/api/notifications/read-all', { method: 'POST', schema: unreadCountSchema }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
