import { useEffect, useRef } from 'react';

/** What the server sends for a live event: ids and keys only, the page fetches what it shows. */
export type LiveData = Record<string, unknown>;
type Listener = (data: LiveData, id: string) => void;

const URL_PATH = '/api/events';
// After a refused or broken stream the browser gives up; we try again, slower each time.
const RETRY_MS = [2_000, 5_000, 15_000, 30_000, 60_000];
// React's strict mode unmounts and remounts at once: keep the stream that long instead of reopening it.
const CLOSE_DELAY_MS = 1_000;

/**
 * One EventSource per tab, shared by every hook. The browser reconnects a dropped stream by itself
 * and sends Last-Event-ID, so the server replays what was missed; when it has no longer kept those
 * events it sends `reset` and the pages refetch. If the browser gives up (the server refused the
 * stream), a new one opens later with the last id seen in the query, for the same replay.
 */
class LiveConnection {
  private source: EventSource | null = null;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly resetListeners = new Set<() => void>();
  private lastEventId: string | null = null;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | null = null;

  subscribe(topic: string, listener: Listener): () => void {
    let topicListeners = this.listeners.get(topic);
    if (!topicListeners) {
      topicListeners = new Set();
      this.listeners.set(topic, topicListeners);
      this.source?.addEventListener(topic, this.deliver);
    }
    topicListeners.add(listener);
    this.ensureOpen();
    return () => {
      topicListeners.delete(listener);
      if (topicListeners.size === 0) {
        this.listeners.delete(topic);
        this.source?.removeEventListener(topic, this.deliver);
      }
      this.closeWhenUnused();
    };
  }

  onReset(listener: () => void): () => void {
    this.resetListeners.add(listener);
    this.ensureOpen();
    return () => {
      this.resetListeners.delete(listener);
      this.closeWhenUnused();
    };
  }

  private readonly deliver = (event: Event) => {
    const message = event as MessageEvent<string>;
    if (message.lastEventId) this.lastEventId = message.lastEventId;
    let data: LiveData;
    try {
      data = JSON.parse(message.data) as LiveData;
    } catch {
      return;
    }
    for (const listener of this.listeners.get(message.type) ?? []) listener(data, message.lastEventId);
  };

  private readonly reset = (event: Event) => {
    const id = (event as MessageEvent<string>).lastEventId;
    if (id) this.lastEventId = id;
    for (const listener of this.resetListeners) listener();
  };

  private ensureOpen(): void {
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.closeTimer = null;
    if (this.source || this.retryTimer) return;
    const url = this.lastEventId
      ? `${URL_PATH}?lastEventId=${encodeURIComponent(this.lastEventId)}`
      : URL_PATH;
    const source = new EventSource(url, { withCredentials: true });
    for (const topic of this.listeners.keys()) source.addEventListener(topic, this.deliver);
    source.addEventListener('reset', this.reset);
    source.addEventListener('open', () => {
      this.failures = 0;
    });
    source.addEventListener('error', () => {
      // CONNECTING: the browser retries by itself. CLOSED: it gave up (e.g. 401, 429, 503).
      if (source.readyState !== EventSource.CLOSED) return;
      this.source = null;
      const delay = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)] ?? 60_000;
      this.failures += 1;
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        if (this.inUse()) this.ensureOpen();
      }, delay);
    });
    this.source = source;
  }

  private inUse(): boolean {
    return this.listeners.size > 0 || this.resetListeners.size > 0;
  }

  private closeWhenUnused(): void {
    if (this.inUse() || this.closeTimer) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = null;
      if (this.inUse()) return;
      this.source?.close();
      this.source = null;
      if (this.retryTimer) clearTimeout(this.retryTimer);
      this.retryTimer = null;
      // A later page starts fresh: it loads its data anyway, so nothing needs replaying.
      this.lastEventId = null;
    }, CLOSE_DELAY_MS);
  }
}

const connection = new LiveConnection();

/**
 * Calls `handler` for each live event of `topic` (e.g. `activity.created`) while the component is
 * mounted; `onReset` when events may have been missed, so the page refetches its list. The
 * handlers may change on every render without reopening anything.
 */
export function useLiveEvent<T extends LiveData = LiveData>(
  topic: string,
  handler: (data: T, id: string) => void,
  onReset?: () => void,
): void {
  const handlerRef = useRef(handler);
  const resetRef = useRef(onReset);
  handlerRef.current = handler;
  resetRef.current = onReset;
  useEffect(() => {
    const stopEvents = connection.subscribe(topic, (data, id) => handlerRef.current(data as T, id));
    const stopReset = connection.onReset(() => resetRef.current?.());
    return () => {
      stopEvents();
      stopReset();
    };
  }, [topic]);
}

/** Calls `handler` when live events may have been missed (the server sent `reset`): refetch. */
export function useLiveReset(handler: () => void): void {
  const handlerRef = useRef(handler);
  handlerRef.current = handler;
  useEffect(() => connection.onReset(() => handlerRef.current()), []);
}
