import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLiveEvent } from './live';

// A burst of entries (a colleague working through a list, an order's status entries) costs one refetch.
const DEBOUNCE_MS = 400;

/**
 * Refetches the queries under `queryKey` shortly after an activity entry the user may see was
 * created or changed, and after a `reset` (events missed): for views whose figures follow the
 * timelines and whose answer only the server can give.
 */
export function useRefetchOnEntries(queryKey: QueryKey): void {
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const refetchSoon = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void queryClient.invalidateQueries({ queryKey });
    }, DEBOUNCE_MS);
  };
  useLiveEvent('activity.created', refetchSoon, refetchSoon);
  useLiveEvent('activity.changed', refetchSoon);
}
