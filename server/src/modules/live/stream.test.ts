import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LiveViewer } from '../../platform/live/audience.js';
import { sseFrame } from '../../platform/live/hub.js';
import type { StoredLiveEvent } from '../../platform/live/outbox.js';
import { LiveStream } from './stream.js';

/** A response that records what is written to it. */
class FakeResponse extends EventEmitter {
  output = '';
  ended = false;
  destroyed = false;
  writableLength = 0;
  write(text: string) {
    this.output += text;
    return true;
  }
  end() {
    this.ended = true;
  }
}

const viewer: LiveViewer = {
  userId: 'me',
  permissions: ['activities.read'],
  visibility: 'own',
  teamIds: [],
  teamMemberIds: new Set(['me']),
};
const event = (id: number, ownerId: string | null = null): StoredLiveEvent => ({
  id,
  topic: 'activity.created',
  audience: { kind: 'record', permission: 'activities.read', ownerId },
  data: { n: id },
});

function stream(recheck: () => Promise<LiveViewer | null> = async () => viewer) {
  const raw = new FakeResponse();
  const live = new LiveStream(raw as unknown as ServerResponse, viewer, {
    heartbeatMs: 1_000,
    revalidateMs: 1_000,
    recheck,
    log: { warn: () => {} } as unknown as FastifyBaseLogger,
  });
  const offer = (e: StoredLiveEvent) => live.offer(e, sseFrame(e));
  const sentIds = () => [...raw.output.matchAll(/^data: \{"n":(\d+)\}$/gm)].map((m) => Number(m[1]));
  return { raw, live, offer, sentIds };
}

describe('LiveStream', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends what the hub offered during the replay once, in id order, after the replay', () => {
    const { live, offer, sentIds } = stream();
    // The hub hands on 5 and 6 while the replay (4, 5) is being read.
    offer(event(5));
    offer(event(6));
    live.begin(3, [event(4), event(5)], false, () => {});
    offer(event(6));
    offer(event(7));
    expect(sentIds()).toEqual([4, 5, 6, 7]);
    live.close();
  });

  it('skips what the viewer may not see but still moves the id a reconnect resumes from', () => {
    const { raw, live, offer, sentIds } = stream();
    live.begin(0, [], false, () => {});
    offer(event(1));
    offer(event(2, 'someone-else'));
    expect(sentIds()).toEqual([1]);
    expect(raw.output).not.toContain('"n":2');
    live.close();
  });

  it('heartbeats carry the last id handed on, invisible events included', () => {
    vi.useFakeTimers();
    const { raw, live, offer } = stream();
    live.begin(0, [], false, () => {});
    offer(event(1));
    offer(event(2, 'someone-else'));
    vi.advanceTimersByTime(1_000);
    expect(raw.output).toContain(': ping\nid: 2\n\n');
    live.close();
  });

  it('starts with a reset when asked, then goes on live', () => {
    const { raw, live, offer, sentIds } = stream();
    live.begin(9, [], true, () => {});
    offer(event(9));
    offer(event(10));
    expect(raw.output).toMatch(/^retry: 3000\n\nevent: reset\ndata: \{\}\n\nid: 9\n\n/);
    expect(sentIds()).toEqual([10]);
    live.close();
  });

  it('closes when the session check finds no viewer, and when the browser has gone already', async () => {
    vi.useFakeTimers();
    const closed = vi.fn();
    const { raw, live } = stream(async () => null);
    live.begin(0, [], false, closed);
    await vi.advanceTimersByTimeAsync(1_300);
    expect(closed).toHaveBeenCalledOnce();
    expect(raw.ended).toBe(true);

    const gone = stream();
    gone.raw.destroyed = true;
    const goneClosed = vi.fn();
    gone.live.begin(0, [], false, goneClosed);
    expect(goneClosed).toHaveBeenCalledOnce();
  });

  it('drops a browser that reads nothing, instead of buffering without end', () => {
    const { raw, live, offer } = stream();
    const closed = vi.fn();
    live.begin(0, [], false, closed);
    raw.writableLength = 2 * 1024 * 1024;
    offer(event(1));
    expect(closed).toHaveBeenCalledOnce();
  });
});
