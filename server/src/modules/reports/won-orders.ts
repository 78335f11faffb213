import { ORDER_STATUS_LABELS } from '@kontor/domain/sales-status';
import type { Language } from '@kontor/domain/users';
import { sql } from 'kysely';
import { anyOf } from './drill.js';

/**
 * A won order, as every report counts it: booked or completed (a cancelled one no longer
 * counts), in the period it was booked, with its net total. The funnel's last step, the
 * lead-source and sales reports and the dashboard share this, so their order figures stay the same.
 */
const WON_STATUSES = ['booked', 'completed'] as const;

export const WON_ORDER = {
  statuses: WON_STATUSES,
  where: sql<boolean>`sales_orders.status in ('booked', 'completed')`,
  drill: (language: Language): Record<string, string> => ({
    status: anyOf(WON_STATUSES.map((status) => ORDER_STATUS_LABELS[status][language])),
  }),
  date: { sql: sql<string | null>`sales_orders.booked_at`, filterKey: 'bookedAt' },
  revenue: sql<number | string | null>`sum(sales_orders.net_cents)`,
} as const;
