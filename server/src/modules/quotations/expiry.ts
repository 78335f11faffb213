import { canExpireQuotation, type QuotationStatus } from '@kontor/domain/sales-status';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { nowIso } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
import type { EventBus } from '../../platform/events/bus.js';
import { companyToday } from '../sales-documents/dates.js';

/** How many quotations one transaction expires; a backlog is worked off batch by batch. */
const BATCH = 200;

/**
 * The daily expiry (S5): open quotations whose validity date has passed get `expired_at`, and
 * `sales.changed` (by no one: the job did it) stores Expired and re-derives their opportunities
 * and leads. `today` is the company's calendar day; tests pass a fixed one. Returns how many expired.
 */
export async function expireQuotations(
  db: Kysely<Database>,
  events: EventBus,
  today: string = companyToday(),
): Promise<number> {
  let expired = 0;
  for (;;) {
    const count = await db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('quotations')
        .select(['id', 'status', 'valid_until'])
        .where('status', '=', 'open')
        .where('valid_until', '<', today)
        .orderBy('valid_until')
        .limit(BATCH)
        .execute();
      const ids = due
        .filter(
          (row) => canExpireQuotation(row.status as QuotationStatus, row.valid_until ?? today, today).ok,
        )
        .map((row) => row.id);
      if (ids.length === 0) return 0;
      await trx
        .updateTable('quotations')
        .set((eb) => ({ expired_at: nowIso(), version: eb('version', '+', 1) }))
        .where('id', 'in', ids)
        .execute();
      await events.emit(trx, 'sales.changed', { quotationIds: ids, by: null });
      return ids.length;
    });
    expired += count;
    if (count < BATCH) return expired;
  }
}

/**
 * Runs the expiry at start and then every `seconds` (hourly: it is cheap on its index, and a
 * server started after midnight expires without waiting a day) until stopped.
 */
export function startExpiryChecks(
  run: () => Promise<number>,
  seconds: number,
  log: FastifyBaseLogger,
): { stop(): Promise<void> } {
  let running: Promise<unknown> | undefined;
  const tick = () => {
    if (running) return;
    running = run()
      .catch((err) => log.warn({ err }, 'quotation expiry failed'))
      .finally(() => {
        running = undefined;
      });
  };
  tick();
  const timer = setInterval(tick, seconds * 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
