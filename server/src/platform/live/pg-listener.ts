import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';

const RETRY_MS = [500, 1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * One PostgreSQL connection of its own that LISTENs on a channel and calls `onNotify` for each
 * notification — and once after every (re)connect, since notifications sent while it was away
 * are lost: the caller reads what it missed from the table. Reconnects with growing pauses.
 */
export class PgListener {
  private client: pg.Client | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly onNotify: () => void,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Connects once; a failure is logged and retried in the background. */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, keepAlive: true });
    let lost = false;
    const lose = (err?: Error) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = null;
      client.end().catch(() => {});
      if (this.stopped) return;
      this.log.warn({ err }, 'live events: LISTEN connection lost, reconnecting');
      this.scheduleReconnect();
    };
    client.on('notification', () => this.onNotify());
    client.on('error', lose);
    client.on('end', () => lose());
    try {
      await client.connect();
      await client.query(`listen ${pg.escapeIdentifier(this.channel)}`);
    } catch (err) {
      lose(err as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.failures = 0;
    this.onNotify();
  }

  private scheduleReconnect(): void {
    if (this.retryTimer) return;
    const delay = RETRY_MS[Math.min(this.failures, RETRY_MS.length - 1)] ?? 30_000;
    this.failures += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped) void this.connect();
    }, delay);
    this.retryTimer.unref();
  }
}
