import type { FastifyBaseLogger } from 'fastify';
import type { Transaction } from 'kysely';
import type { DatabaseHandle } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { LiveOutbox, NOTIFY_CHANNEL, type StoredLiveEvent } from './outbox.js';
import { PgListener } from './pg-listener.js';
import { type LiveEvent, type LivePublisher, liveEventList } from './types.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The instance's live hub, for modules and tests that publish outside a service. */
    liveHub: LiveHub;
  }
}

export interface LiveSettings {
  /** Comment lines that keep proxies and browsers from closing a quiet stream. */
  heartbeatMs: number;
  /** How often a stream checks that its session still exists and reloads its permissions. */
  revalidateMs: number;
  maxStreamsPerUser: number;
  /** How long events are kept for browsers that reconnect (Last-Event-ID). */
  retentionMs: number;
  purgeEveryMs: number;
  /** A read without notification: bounds the delay should a notification ever be lost. */
  safetyPollMs: number;
  /** A reconnect missing more events than this gets `reset` (refetch) instead of a replay. */
  replayLimit: number;
}

export const DEFAULT_LIVE_SETTINGS: LiveSettings = {
  heartbeatMs: 20_000,
  revalidateMs: 60_000,
  maxStreamsPerUser: 10,
  retentionMs: 24 * 3_600_000,
  purgeEveryMs: 3_600_000,
  safetyPollMs: 15_000,
  replayLimit: 1_000,
};

/** An open stream: the hub offers it every committed event, in id order, once. */
export interface LiveSubscriber {
  readonly userId: string;
  /** `frame` is the event as SSE text, built once for all subscribers. */
  offer(event: StoredLiveEvent, frame: string): void;
  close(): void;
}

const TOPIC = /^[a-z][a-z0-9._-]{0,99}$/;
const BATCH = 500;

/**
 * Live events for one server instance. `publish` writes to the outbox in the caller's
 * transaction. After commit, the instance is poked — by PostgreSQL's NOTIFY on its LISTEN
 * connection (which also reaches every other instance), or on SQLite, one process, directly —
 * and reads the events after the last one it handed on, in id order, to its subscribers.
 */
export class LiveHub implements LivePublisher {
  readonly outbox: LiveOutbox;
  readonly settings: LiveSettings;
  private readonly subscribers = new Set<LiveSubscriber>();
  private readonly listener: PgListener | undefined;
  private cursor = 0;
  private reading = false;
  private readAgain = false;
  private stopped = false;
  private timers: ReturnType<typeof setInterval>[] = [];

  constructor(
    private readonly database: DatabaseHandle,
    private readonly log: FastifyBaseLogger,
    settings: Partial<LiveSettings> = {},
  ) {
    this.outbox = new LiveOutbox(database.db, database.engine);
    this.settings = { ...DEFAULT_LIVE_SETTINGS, ...settings };
    if (database.engine === 'postgres') {
      if (!database.url) throw new Error('live events on PostgreSQL need the database URL to LISTEN');
      this.listener = new PgListener(database.url, NOTIFY_CHANNEL, () => this.poke(), log);
    }
  }

  async start(): Promise<void> {
    // Listening first: whatever commits while the cursor is read is then read on the first poke.
    await this.listener?.start();
    this.cursor = (await this.outbox.bounds()).max;
    await this.purge();
    const every = (ms: number, task: () => void) => {
      const timer = setInterval(task, ms);
      timer.unref();
      this.timers.push(timer);
    };
    every(this.settings.purgeEveryMs, () => void this.purge());
    every(this.settings.safetyPollMs, () => this.poke());
  }

  async publish(trx: Transaction<Database>, events: LiveEvent | readonly LiveEvent[]): Promise<void> {
    const list = liveEventList(events);
    if (list.length === 0) return;
    // The topic becomes an SSE `event:` line: a line break in it would forge another field.
    for (const { topic } of list) {
      if (!TOPIC.test(topic)) throw new Error(`invalid live event topic ${JSON.stringify(topic)}`);
    }
    await this.outbox.insert(trx, list);
    // SQLite: the read queues behind the transaction on the one connection, so it runs after
    // commit (and finds the row) or after rollback (and finds nothing). Not awaited: the
    // transaction must go on.
    if (this.database.engine === 'sqlite') this.poke();
  }

  /** How many streams a user has open on this instance. */
  streamsOf(userId: string): number {
    let count = 0;
    for (const subscriber of this.subscribers) if (subscriber.userId === userId) count += 1;
    return count;
  }

  subscribe(subscriber: LiveSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /** Reads and hands on new events; a poke during a read makes it read once more afterwards. */
  poke(): void {
    if (this.stopped) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = true;
    void this.drain()
      .catch((err) => this.log.warn({ err }, 'live events: reading the outbox failed'))
      .finally(() => {
        this.reading = false;
        // A poke between the last check in drain and here would otherwise be lost.
        if (this.readAgain) this.poke();
      });
  }

  /** Ends every stream and stops listening (app close: open streams would keep the server up). */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    for (const subscriber of this.subscribers) subscriber.close();
    this.subscribers.clear();
    await this.listener?.stop();
  }

  private async drain(): Promise<void> {
    do {
      this.readAgain = false;
      let rows: StoredLiveEvent[];
      do {
        rows = await this.outbox.after(this.cursor, BATCH);
        for (const event of rows) {
          this.cursor = event.id;
          const frame = sseFrame(event);
          for (const subscriber of this.subscribers) subscriber.offer(event, frame);
        }
      } while (rows.length === BATCH && !this.stopped);
    } while (this.readAgain && !this.stopped);
  }

  private async purge(): Promise<void> {
    try {
      await this.outbox.purge(new Date(Date.now() - this.settings.retentionMs));
    } catch (err) {
      this.log.warn({ err }, 'live events: purge failed');
    }
  }
}

/** One event in Server-Sent Events form: its id for Last-Event-ID, the topic as event type. */
export function sseFrame(event: StoredLiveEvent): string {
  return `id: ${event.id}\nevent: ${event.topic}\ndata: ${JSON.stringify(event.data)}\n\n`;
}
