import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLiveEvent } from '../../ui/live';
import { followUpsKey } from '../activities/api';

// A burst of changes (a colleague working through their list) costs one refetch.
const DEBOUNCE_MS = 400;

/**
 * Keeps "Meine Wiedervorlagen" current while open: a new or changed entry anywhere the user may
 * see can be one of theirs now (assigned, rescheduled, done by a colleague), so the lists refetch;
 * after a `reset` (events missed) too. Which entries belong is the server's answer.
 */
export function useLiveFollowUps(): void {
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
      void queryClient.invalidateQueries({ queryKey: followUpsKey });
    }, DEBOUNCE_MS);
  };
  useLiveEvent('activity.created', refetchSoon, refetchSoon);
  useLiveEvent('activity.changed', refetchSoon);
}
