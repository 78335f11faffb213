import type { FastifyBaseLogger } from 'fastify';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startDueChecks } from './due-job.js';
import type { NotificationService } from './service.js';

describe('the due check timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const log = { warn: vi.fn() } as unknown as FastifyBaseLogger & { warn: ReturnType<typeof vi.fn> };

  it('runs every interval, never two runs at once, logs a failed run and waits for the last on stop', async () => {
    let finish: () => void = () => {};
    let runs = 0;
    const service = {
      checkDue: () => {
        runs += 1;
        if (runs === 2) return Promise.reject(new Error('database gone'));
        return new Promise<number>((resolve) => {
          finish = () => resolve(0);
        });
      },
    } as unknown as NotificationService;
    const job = startDueChecks(service, 30, log);

    await vi.advanceTimersByTimeAsync(29_000);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(1);
    // The first run is still going: the next two ticks leave it alone.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toBe(1);
    finish();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(runs).toBe(2);
    expect(log.warn).toHaveBeenCalledWith(
      expect.objectContaining({ err: expect.any(Error) }),
      'due check failed',
    );

    await vi.advanceTimersByTimeAsync(30_000);
    expect(runs).toBe(3);
    let stopped = false;
    const stopping = job.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(runs).toBe(3);
  });
});
