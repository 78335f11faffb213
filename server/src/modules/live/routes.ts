import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../platform/db/schema.js';
import { AppError, invalidField } from '../../platform/http/problem.js';
import { type Api, principalOf } from '../../platform/http/types.js';
import type { LiveHub } from '../../platform/live/hub.js';
import type { StoredLiveEvent } from '../../platform/live/outbox.js';
import { LiveStream } from './stream.js';
import { loadViewer, viewerRecheck } from './viewer.js';

const eventId = z.string().regex(/^\d{1,15}$/);

/** GET /api/events: Server-Sent Events of what happened, filtered per subscriber. */
export function liveRoutes(app: Api, hub: LiveHub, db: Kysely<Database>): void {
  app.get(
    '/api/events',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['live'],
        summary:
          'Live events as Server-Sent Events (text/event-stream): id = sequence, event = topic, data = JSON. ' +
          'Resumes after Last-Event-ID (header, or lastEventId for a new EventSource); `reset` means: refetch.',
        querystring: z.object({ lastEventId: eventId.optional() }),
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const header = request.headers['last-event-id'];
      if (header !== undefined && !eventId.safeParse(header).success) {
        throw invalidField('Last-Event-ID', 'live-event-id-invalid');
      }
      const requested = header ?? request.query.lastEventId;
      const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      const viewer = await loadViewer(db, principal);
      // Checked and registered without an await between, so parallel connects cannot both slip in.
      const max = hub.settings.maxStreamsPerUser;
      if (hub.streamsOf(principal.userId) >= max) {
        throw new AppError(429, 'too-many-live-streams', { params: { max } });
      }
      const stream = new LiveStream(reply.raw, viewer, {
        heartbeatMs: hub.settings.heartbeatMs,
        revalidateMs: hub.settings.revalidateMs,
        recheck: viewerRecheck(db, principal, bearer),
        log: request.log,
      });
      // Registered before the replay is read: what commits meanwhile is buffered, not lost.
      const unsubscribe = hub.subscribe(stream);
      let start: { position: number; replay: StoredLiveEvent[]; reset: boolean };
      try {
        start = await startingPoint(hub, requested === undefined ? undefined : Number(requested));
      } catch (error) {
        unsubscribe();
        throw error;
      }
      // The app began closing meanwhile (its streams were ended): the browser retries elsewhere or later.
      if (stream.closedBeforeStart) throw new AppError(503, 'live-closing');
      reply.hijack();
      // Hijacked: headers set on the reply so far (security headers, a renewed cookie) go out by hand.
      for (const [name, value] of Object.entries(reply.getHeaders())) {
        if (value !== undefined) reply.raw.setHeader(name, value);
      }
      reply.raw.setHeader('content-type', 'text/event-stream; charset=utf-8');
      // no-transform: compressing proxies must not hold events back to fill a block.
      reply.raw.setHeader('cache-control', 'no-cache, no-transform');
      reply.raw.setHeader('x-accel-buffering', 'no');
      reply.raw.writeHead(200);
      reply.raw.flushHeaders();
      stream.begin(start.position, start.replay, start.reset, unsubscribe);
    },
  );
}

/**
 * Where a stream starts. Without an id: now. With one: replay what came after it, unless the
 * events after it are no longer kept (purged), too many to replay, or from another database's
 * sequence (an id past the newest) — then `reset`, and the browser refetches what it shows.
 */
async function startingPoint(hub: LiveHub, requested: number | undefined) {
  const { min, max } = await hub.outbox.bounds();
  if (requested === undefined) return { position: max, replay: [], reset: false };
  const tooOld = min > 0 && requested < min - 1;
  if (tooOld || requested > max) return { position: max, replay: [], reset: true };
  const limit = hub.settings.replayLimit;
  const replay = await hub.outbox.after(requested, limit + 1);
  if (replay.length > limit) return { position: max, replay: [], reset: true };
  return { position: requested, replay, reset: false };
}
