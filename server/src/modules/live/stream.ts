import type { ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import { type LiveViewer, mayReceive } from '../../platform/live/audience.js';
import { type LiveSubscriber, sseFrame } from '../../platform/live/hub.js';
import type { StoredLiveEvent } from '../../platform/live/outbox.js';

// A browser that reads nothing for this long is dropped; it reconnects and replays what it missed.
const MAX_UNSENT_BYTES = 1024 * 1024;

interface StreamOptions {
  heartbeatMs: number;
  revalidateMs: number;
  recheck: () => Promise<LiveViewer | null>;
  log: FastifyBaseLogger;
}

/**
 * One browser's event stream. It starts buffering, so nothing the hub hands on while the replay
 * for Last-Event-ID is read goes missing; events at or below the last id it passed on are
 * dropped, so nothing comes twice. Each event goes out only if the viewer may receive it.
 */
export class LiveStream implements LiveSubscriber {
  readonly userId: string;
  private lastId = 0;
  private buffered: [StoredLiveEvent, string][] | null = [];
  private closed = false;
  private started = false;
  private readonly timers: ReturnType<typeof setInterval>[] = [];
  private onClose: () => void = () => {};

  constructor(
    private readonly raw: ServerResponse,
    private viewer: LiveViewer,
    private readonly options: StreamOptions,
  ) {
    this.userId = viewer.userId;
  }

  /** Called once the stream is registered: its position, what to replay, or a reset first. */
  begin(position: number, replay: readonly StoredLiveEvent[], reset: boolean, onClose: () => void): void {
    this.onClose = onClose;
    this.started = true;
    this.raw.on('close', () => this.close());
    // A write racing the connection's end must not become an unhandled error.
    this.raw.on('error', () => this.close());
    // The browser may have gone while the replay was read: its close event has passed already.
    if (this.raw.destroyed) {
      this.close();
      return;
    }
    // The browser waits this long before reconnecting a dropped stream.
    this.write('retry: 3000\n\n');
    if (reset) this.write('event: reset\ndata: {}\n\n');
    this.lastId = position;
    for (const event of replay) this.offer(event, sseFrame(event), true);
    const buffered = this.buffered ?? [];
    this.buffered = null;
    for (const [event, frame] of buffered) this.offer(event, frame);
    // An id alone sets the browser's Last-Event-ID without an event: where a reconnect resumes.
    if (this.lastId > 0) this.write(`id: ${this.lastId}\n\n`);
    this.timers.push(setInterval(() => this.heartbeat(), this.options.heartbeatMs));
    // Spread over the interval, so streams opened together do not all check at once.
    const jitter = Math.round(Math.random() * this.options.revalidateMs * 0.2);
    this.timers.push(setInterval(() => void this.revalidate(), this.options.revalidateMs + jitter));
  }

  offer(event: StoredLiveEvent, frame: string, replaying = false): void {
    if (this.closed) return;
    if (this.buffered && !replaying) {
      this.buffered.push([event, frame]);
      return;
    }
    if (event.id <= this.lastId) return;
    this.lastId = event.id;
    if (mayReceive(this.viewer, event.audience)) this.write(frame);
  }

  /** Closed before it began (the app closing meanwhile): the route answers instead. */
  get closedBeforeStart(): boolean {
    return this.closed && !this.started;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    this.onClose();
    // Before begin the response is not the stream's yet.
    if (this.started) this.raw.end();
  }

  /**
   * A comment keeps the connection open; the id moves the browser's Last-Event-ID past events
   * this viewer was not shown, so a reconnect after a long quiet time is not taken as too old.
   */
  private heartbeat(): void {
    this.write(this.lastId > 0 ? `: ping\nid: ${this.lastId}\n\n` : ': ping\n\n');
  }

  private async revalidate(): Promise<void> {
    try {
      const viewer = await this.options.recheck();
      if (viewer) this.viewer = viewer;
      else this.close();
    } catch (err) {
      // A database hiccup is no reason to drop the stream; the next check decides.
      this.options.log.warn({ err }, 'live events: session check failed');
    }
  }

  private write(text: string): void {
    if (this.closed) return;
    this.raw.write(text);
    if (this.raw.writableLength > MAX_UNSENT_BYTES) this.close();
  }
}
