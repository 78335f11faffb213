import { opportunityAutoClose } from '@kontor/domain/sales-status';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { EventBus } from '../../platform/events/bus.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The S5 rule "Replied and untouched for 15 days → Closed": closes such opportunities by
 * storing Closed as their by-hand status; the sync then stores the effective status and writes
 * the timeline entry. Untouched means neither a status change nor any edit (a move, a new
 * probability) since. Returns how many were closed.
 */
export async function closeUntouchedOpportunities(
  db: Kysely<Database>,
  events: EventBus,
  now: Date = new Date(),
  days = 15,
): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  return db.transaction().execute(async (trx) => {
    // The (status, status_changed_at) index narrows to old Replied ones; the domain rule decides.
    const candidates = await trx
      .selectFrom('opportunities')
      .select(['id', 'status', 'status_changed_at', 'updated_at'])
      .where('status', '=', 'replied')
      .where('status_changed_at', '<=', cutoff)
      .where('updated_at', '<=', cutoff)
      .execute();
    const ids = candidates
      .filter((row) =>
        opportunityAutoClose({
          status: 'replied',
          // ISO instants order as text: the later of the last edit and the last status change.
          lastTouchedAt: [row.updated_at, row.status_changed_at].sort()[1] as string,
          now: now.toISOString(),
          days,
        }),
      )
      .map((row) => row.id);
    if (ids.length === 0) return 0;
    // A new version: whoever edits one meanwhile gets a 409 instead of reopening it unknowingly.
    await trx
      .updateTable('opportunities')
      .set((eb) => ({ manual_status: 'closed', version: eb('version', '+', 1) }))
      .where('id', 'in', ids)
      .execute();
    await events.emit(trx, 'sales.changed', { opportunityIds: ids, by: null });
    return ids.length;
  });
}

/**
 * Runs the auto-close check at start and then every `seconds` (hourly by default: the rule
 * counts days, so a deal closes at most an hour after its fifteenth day) until stopped.
 */
export function startOpportunityAutoClose(
  db: Kysely<Database>,
  events: EventBus,
  log: FastifyBaseLogger,
  seconds = 3600,
): { stop(): Promise<void> } {
  let running: Promise<unknown> | undefined;
  const run = () => {
    if (running) return;
    running = closeUntouchedOpportunities(db, events)
      .catch((err) => log.warn({ err }, 'opportunity auto-close failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const first = setTimeout(run, 1000);
  first.unref();
  const timer = setInterval(run, seconds * 1000);
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
