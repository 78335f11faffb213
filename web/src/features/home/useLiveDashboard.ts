import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLiveEvent } from '../../ui/live';
import { dashboardKey } from './api';

// A burst of entries (a colleague working through a list, an order's status entries) costs one refetch.
const DEBOUNCE_MS = 400;

/**
 * Keeps the dashboard's figures current while it is open. Most changes they count leave an entry
 * behind — a follow-up created, done or moved; an order booked, also by a customer through the
 * link ("Angebot beauftragt"); an opportunity's stage or status changed — so new and changed
 * entries refetch the figures; after a `reset` (events missed) too. An edited amount or
 * probability leaves none: that shows at the next visit.
 */
export function useLiveDashboard(): void {
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
      void queryClient.invalidateQueries({ queryKey: dashboardKey });
    }, DEBOUNCE_MS);
  };
  useLiveEvent('activity.created', refetchSoon, refetchSoon);
  useLiveEvent('activity.changed', refetchSoon);
}
