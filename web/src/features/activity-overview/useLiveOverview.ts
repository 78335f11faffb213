import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useLiveEvent } from '../../ui/live';

// Several entries in a burst (an import, a colleague's quick add) cost one refetch, not one each.
const DEBOUNCE_MS = 400;
// Long enough to notice a new row, short enough that the list looks calm again soon.
const HIGHLIGHT_MS = 6_000;

/**
 * Keeps the overview's list live (A7): each `activity.created` the server lets this user hear
 * refetches the list (debounced), and the ids it named are "fresh" for a few seconds so their
 * rows can be highlighted. Whether a new entry belongs in the list — the filters, the record the
 * list is narrowed to — is the refetch's answer, so nothing is decided here. After a `reset`
 * (events were missed) the list refetches too.
 */
export function useLiveOverview(queryKey: readonly unknown[]): (id: string) => boolean {
  const queryClient = useQueryClient();
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const pending = useRef<string[]>([]);
  const debounce = useRef<ReturnType<typeof setTimeout> | null>(null);
  const expiries = useRef(new Set<ReturnType<typeof setTimeout>>());
  const keyRef = useRef(queryKey);
  keyRef.current = queryKey;

  useEffect(() => {
    const timers = expiries.current;
    return () => {
      if (debounce.current) clearTimeout(debounce.current);
      for (const timer of timers) clearTimeout(timer);
    };
  }, []);

  const refetchSoon = () => {
    if (debounce.current) clearTimeout(debounce.current);
    debounce.current = setTimeout(async () => {
      debounce.current = null;
      const ids = pending.current;
      pending.current = [];
      await queryClient.invalidateQueries({ queryKey: keyRef.current });
      if (ids.length === 0) return;
      setFresh((current) => new Set([...current, ...ids]));
      const expiry = setTimeout(() => {
        expiries.current.delete(expiry);
        setFresh((current) => new Set([...current].filter((id) => !ids.includes(id))));
      }, HIGHLIGHT_MS);
      expiries.current.add(expiry);
    }, DEBOUNCE_MS);
  };

  useLiveEvent<{ id?: unknown }>(
    'activity.created',
    (data) => {
      if (typeof data.id === 'string') pending.current.push(data.id);
      refetchSoon();
    },
    refetchSoon,
  );

  return (id) => fresh.has(id);
}
