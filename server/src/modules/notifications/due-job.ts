import type { FastifyBaseLogger } from 'fastify';
import type { NotificationService } from './service.js';

/**
 * Runs the due check every `seconds` until stopped. A run still going when the next is due is
 * not doubled up; a failed run is logged and the next one tries again (nothing was claimed, as
 * the claim and the notifications commit together).
 */
export function startDueChecks(
  notifications: NotificationService,
  seconds: number,
  log: FastifyBaseLogger,
): { stop(): Promise<void> } {
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = notifications
      .checkDue()
      .catch((err) => log.warn({ err }, 'due check failed'))
      .finally(() => {
        running = undefined;
      });
  }, seconds * 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      // Closing the database under a running check would fail it halfway.
      await running;
    },
  };
}
