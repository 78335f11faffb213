import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  as,
  type BrowserSession,
  createTestApp,
  setupAdmin,
  type TestApp,
  testEngine,
  userWithRole,
} from '../../../test/harness.js';
import type { LiveAudience, LiveEvent } from '../../platform/live/types.js';
import { openSse, type SseConnection } from './sse-client.js';

const EVERYONE: LiveAudience = { kind: 'record', permission: 'activities.read', ownerId: null };

describe('live events (GET /api/events)', () => {
  let testApp: TestApp;
  let app: FastifyInstance;
  let admin: BrowserSession;
  let base: string;
  const open: SseConnection[] = [];

  beforeEach(async () => {
    testApp = await createTestApp({ live: { heartbeatMs: 150, revalidateMs: 150, maxStreamsPerUser: 3 } });
    app = testApp.app;
    admin = await setupAdmin(app);
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterEach(async () => {
    for (const connection of open.splice(0)) connection.close();
    await testApp.close();
  });

  const connect = async (
    session: BrowserSession | null,
    headers: Record<string, string> = {},
    path?: string,
  ) => {
    const connection = await openSse(
      base,
      { ...(session ? { cookie: session.cookie } : {}), ...headers },
      path,
    );
    open.push(connection);
    return connection;
  };
  /** Publishes in its own transaction, as a service does inside its write. */
  const publish = (...events: LiveEvent[]) =>
    testApp.database.db.transaction().execute(async (trx) => {
      for (const event of events) await app.liveHub.publish(trx, event);
    });
  const numbered = (n: number, audience: LiveAudience = EVERYONE): LiveEvent => ({
    topic: 'activity.created',
    audience,
    data: { n },
  });
  const numbers = (connection: SseConnection) =>
    connection.events.filter((e) => e.event === 'activity.created').map((e) => JSON.parse(e.data).n);
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('streams an event after its transaction commits, with id, topic and data', async () => {
    const stream = await connect(admin);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.headers['cache-control']).toBe('no-cache, no-transform');
    expect(stream.headers['x-accel-buffering']).toBe('no');

    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const writing = testApp.database.db.transaction().execute(async (trx) => {
      await app.liveHub.publish(trx, numbered(1));
      await held;
    });
    await pause(200);
    // Written but not committed: nobody may hear of it yet.
    expect(numbers(stream)).toEqual([]);
    release();
    await writing;
    const [event] = await stream.waitFor((e) => e.event === 'activity.created');
    expect(event?.data).toBe('{"n":1}');
    expect(Number(event?.id)).toBeGreaterThan(0);
  });

  it('never streams an event whose transaction rolled back', async () => {
    const stream = await connect(admin);
    await expect(
      testApp.database.db.transaction().execute(async (trx) => {
        await app.liveHub.publish(trx, numbered(1));
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    await publish(numbered(2));
    await stream.waitFor((e) => e.event === 'activity.created');
    await pause(100);
    expect(numbers(stream)).toEqual([2]);
  });

  it('gives each subscriber only what it may see: permission, own/team/all, user, assignees', async () => {
    const sales = await userWithRole(app, admin, 'sales', 'sales@example.de');
    const teammate = await userWithRole(app, admin, 'sales', 'teammate@example.de');
    const stranger = await userWithRole(app, admin, 'sales', 'stranger@example.de');
    const own = await userWithRole(app, admin, 'service', 'own@example.de');
    // Service sees only its own records in this test.
    await testApp.database.db
      .updateTable('roles')
      .set({ visibility: 'own' })
      .where('key', '=', 'service')
      .execute();
    const team = await app.inject({
      method: 'POST',
      url: '/api/teams',
      headers: as(admin),
      payload: { name: 'Vertrieb Nord', memberIds: [sales.userId, teammate.userId] },
    });
    const teamId = team.json().id as string;
    const streams = {
      admin: await connect(admin),
      sales: await connect(sales),
      teammate: await connect(teammate),
      stranger: await connect(stranger),
      own: await connect(own),
    };
    const record = (ownerId: string | null, extra: Partial<LiveAudience> = {}): LiveAudience =>
      ({ kind: 'record', permission: 'activities.read', ownerId, ...extra }) as LiveAudience;
    await publish(
      numbered(1, record(sales.userId)),
      numbered(2, record(stranger.userId)),
      numbered(3, { kind: 'user', userId: own.userId }),
      numbered(4, record(admin.userId, { userIds: [own.userId] })),
      numbered(5, record(admin.userId, { teamIds: [teamId] })),
      numbered(6, { kind: 'record', permission: 'users.manage', ownerId: null }),
      numbered(7, record(own.userId)),
      numbered(8, record(null)),
    );
    for (const stream of Object.values(streams)) {
      await stream.waitFor((e) => e.event === 'activity.created' && JSON.parse(e.data).n === 8);
    }
    expect(numbers(streams.admin)).toEqual([1, 2, 4, 5, 6, 7, 8]);
    expect(numbers(streams.sales)).toEqual([1, 5, 8]);
    expect(numbers(streams.teammate)).toEqual([1, 5, 8]);
    expect(numbers(streams.stranger)).toEqual([2, 8]);
    expect(numbers(streams.own)).toEqual([3, 4, 7, 8]);
  });

  it('misses nothing when publishing transactions commit out of id order', async () => {
    const stream = await connect(admin);
    // Each holds its transaction open a random while after publishing: without serialised
    // publishers a later id could commit first, and the reader would skip the earlier one.
    await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        testApp.database.db.transaction().execute(async (trx) => {
          await app.liveHub.publish(trx, numbered(n));
          await pause(Math.random() * 40);
        }),
      ),
    );
    await stream.waitFor((e) => e.event === 'activity.created', 20);
    await pause(100);
    expect(numbers(stream).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, n) => n));
    const ids = stream.events.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('resumes after Last-Event-ID without gaps or duplicates', async () => {
    const first = await connect(admin);
    await publish(numbered(1), numbered(2));
    await first.waitFor((e) => e.event === 'activity.created', 2);
    first.close();
    await first.ended;
    // Missed while away, one of them not for this user.
    await publish(numbered(3), numbered(4, { kind: 'user', userId: 'someone-else' }), numbered(5));
    const again = await connect(admin, { 'last-event-id': String(first.lastEventId) });
    await publish(numbered(6));
    await again.waitFor((e) => e.event === 'activity.created', 3);
    await pause(100);
    expect(numbers(again)).toEqual([3, 5, 6]);
    const ids = again.events.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(again.events.some((e) => e.event === 'reset')).toBe(false);
  });

  it('also resumes from ?lastEventId (a new EventSource cannot set the header)', async () => {
    await publish(numbered(1));
    const { max } = await app.liveHub.outbox.bounds();
    await publish(numbered(2));
    const stream = await connect(admin, {}, `/api/events?lastEventId=${max}`);
    await stream.waitFor((e) => e.event === 'activity.created');
    expect(numbers(stream)).toEqual([2]);
  });

  it('sends reset for an id older than the kept events, or one the sequence never reached', async () => {
    await publish(numbered(1), numbered(2), numbered(3));
    const { min } = await app.liveHub.outbox.bounds();
    await app.liveHub.outbox.purge(new Date(Date.now() + 60_000));
    // The newest stays: it tells how far the sequence got.
    const kept = await app.liveHub.outbox.bounds();
    expect(kept.min).toBe(kept.max);
    const tooOld = await connect(admin, { 'last-event-id': String(min) });
    await tooOld.waitFor((e) => e.event === 'reset');
    expect(numbers(tooOld)).toEqual([]);
    const future = await connect(admin, { 'last-event-id': '999999' });
    await future.waitFor((e) => e.event === 'reset');
    // After a reset the stream goes on live.
    await publish(numbered(4));
    await tooOld.waitFor((e) => e.event === 'activity.created');
    expect(numbers(tooOld)).toEqual([4]);
  });

  it('refuses a malformed Last-Event-ID and anonymous callers', async () => {
    const bad = await connect(admin, { 'last-event-id': '12; drop' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).detail).toBe('Last-Event-ID muss eine Ereignisnummer sein.');
    const anonymous = await connect(null);
    expect(anonymous.status).toBe(401);
  });

  it('caps the streams per user with a 429 problem; a closed stream frees its place', async () => {
    const streams = [await connect(admin), await connect(admin), await connect(admin)];
    const fourth = await connect(admin);
    expect(fourth.status).toBe(429);
    expect(JSON.parse(fourth.body).detail).toContain('bereits 3 Live-Verbindungen');
    streams[0]?.close();
    await pause(100);
    expect((await connect(admin)).status).toBe(200);
  });

  it('sends heartbeats and ends the stream once the session ends', async () => {
    const stream = await connect(admin);
    await pause(400);
    expect(stream.comments).toBeGreaterThan(0);
    await app.inject({ method: 'POST', url: '/api/auth/logout', headers: as(admin) });
    await stream.ended;
  });

  it.skipIf(testEngine() !== 'postgres')('listens again after losing its LISTEN connection', async () => {
    const stream = await connect(admin);
    const terminated = await sql<{ done: boolean }>`
      select pg_terminate_backend(pid) as done from pg_stat_activity
      where datname = current_database() and query like 'listen %'`.execute(testApp.database.db);
    expect(terminated.rows).toEqual([{ done: true }]);
    // Published while the instance is not listening: read on the catch-up after reconnecting.
    await pause(100);
    await publish(numbered(1));
    // Well within the 15 s safety poll: the reconnect's own catch-up read delivered it.
    await stream.waitFor((e) => e.event === 'activity.created', 1, 3_000);
    await publish(numbered(2));
    await stream.waitFor((e) => e.event === 'activity.created', 2, 3_000);
    expect(numbers(stream)).toEqual([1, 2]);
  });

  it('ends a stream that was still opening when the app began to close', async () => {
    let release: () => void = () => {};
    const bounds = app.liveHub.outbox.bounds.bind(app.liveHub.outbox);
    vi.spyOn(app.liveHub.outbox, 'bounds').mockImplementation(async () => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return bounds();
    });
    const opening = connect(admin);
    await vi.waitFor(() => expect(app.liveHub.outbox.bounds).toHaveBeenCalled());
    const stopping = vi.spyOn(app.liveHub, 'stop');
    const closing = app.close();
    await vi.waitFor(() => expect(stopping).toHaveBeenCalled());
    release();
    const refused = await opening;
    expect(refused.status).toBe(503);
    expect(JSON.parse(refused.body).detail).toContain('Live-Verbindung wird gleich neu aufgebaut');
    await closing;
  });

  it('ends open streams when the app closes', async () => {
    const stream = await connect(admin);
    await app.close();
    await stream.ended;
  });
});
