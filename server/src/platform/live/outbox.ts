import { permissionSchema } from '@kontor/domain/permissions';
import { type Kysely, sql, type Transaction } from 'kysely';
import { z } from 'zod';
import type { Engine } from '../db/connection.js';
import { insertInChunks } from '../db/insert-chunks.js';
import type { Database } from '../db/schema.js';
import { type LiveAudience, type LiveEvent, liveEventList } from './types.js';

/** An event as stored: its sequence id is the SSE id. */
export interface StoredLiveEvent extends LiveEvent {
  id: number;
}

// Any constant works; it only has to differ from other advisory locks of this database (none yet).
const PUBLISH_LOCK = 7_031_011;
export const NOTIFY_CHANNEL = 'kontor_live_events';

const ids = z.array(z.string()).readonly();
// What a stored audience may say; anything else (a newer version's row, damage) reaches nobody.
const audienceSchema: z.ZodType<LiveAudience> = z.union([
  z.object({ kind: z.literal('user'), userId: z.string() }),
  z.object({
    kind: z.literal('record'),
    permission: permissionSchema,
    ownerId: z.string().nullable(),
    userIds: ids.optional(),
    teamIds: ids.optional(),
  }),
]);
// No user has the empty id.
const NOBODY: LiveAudience = { kind: 'user', userId: '' };

/** The `live_events` table: written inside the publishing transaction, read after commit. */
export class LiveOutbox {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
  ) {}

  /**
   * Stores events in the caller's transaction, all in one statement. On PostgreSQL the
   * transaction first takes a transaction-scoped advisory lock, so publishing transactions commit
   * in id order and a reader that has seen id n has seen every committed id below it (decision
   * 0011); the NOTIFY is queued with it and delivered by PostgreSQL at commit, never after a rollback.
   */
  async insert(trx: Transaction<Database>, events: LiveEvent | readonly LiveEvent[]): Promise<void> {
    const list = liveEventList(events);
    if (list.length === 0) return;
    if (this.engine === 'postgres') {
      await sql`select pg_advisory_xact_lock(${PUBLISH_LOCK}::bigint), pg_notify(${NOTIFY_CHANNEL}, '')`.execute(
        trx,
      );
    }
    const createdAt = new Date().toISOString();
    await insertInChunks(
      trx,
      'live_events',
      list.map((event) => ({
        topic: event.topic,
        audience: JSON.stringify(event.audience),
        data: JSON.stringify(event.data),
        created_at: createdAt,
      })),
    );
  }

  /** Committed events after `afterId`, oldest first. */
  async after(afterId: number, limit: number): Promise<StoredLiveEvent[]> {
    const rows = await this.db
      .selectFrom('live_events')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toEvent);
  }

  /** The oldest and newest id kept, both 0 while there are none. */
  async bounds(): Promise<{ min: number; max: number }> {
    const row = await this.db
      .selectFrom('live_events')
      .select((eb) => [eb.fn.min('id').as('min'), eb.fn.max('id').as('max')])
      .executeTakeFirst();
    return { min: Number(row?.min ?? 0), max: Number(row?.max ?? 0) };
  }

  /**
   * Deletes events older than `before`, except the newest: it tells a reconnecting browser how far
   * the sequence got, so an id from before the purge is recognised as too old.
   */
  async purge(before: Date): Promise<number> {
    const { max } = await this.bounds();
    const result = await this.db
      .deleteFrom('live_events')
      .where('created_at', '<', before.toISOString())
      .where('id', '<', max)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function toEvent(row: RowShape): StoredLiveEvent {
  return {
    id: Number(row.id),
    topic: row.topic,
    audience: parse(audienceSchema, row.audience) ?? NOBODY,
    data: parse(z.record(z.string(), z.unknown()), row.data) ?? {},
  };
}

interface RowShape {
  id: number | string;
  topic: string;
  audience: string;
  data: string;
}

function parse<T>(schema: z.ZodType<T>, json: string): T | undefined {
  try {
    const result = schema.safeParse(JSON.parse(json));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
