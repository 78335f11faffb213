import { ORDER_STATUS_LABELS } from '@kontor/domain/sales-status';
import type { Language } from '@kontor/domain/users';
import { sql } from 'kysely';
import { anyOf } from './drill.js';

/**
 * A won order, as every report counts it: booked or completed (a cancelled one no longer
 * counts), in the period it was booked, with its net total. The funnel's last step and the
 * lead-source report share this, so their order figures stay the same.
 */
export const WON_ORDER = {
  where: sql<boolean>`sales_orders.status in ('booked', 'completed')`,
  drill: (language: Language): Record<string, string> => ({
    status: anyOf([ORDER_STATUS_LABELS.booked[language], ORDER_STATUS_LABELS.completed[language]]),
  }),
  date: { sql: sql<string | null>`sales_orders.booked_at`, filterKey: 'bookedAt' },
  revenue: sql<number | string | null>`sum(sales_orders.net_cents)`,
} as const;
