import type { DashboardListTarget } from '@kontor/domain/dashboard';
import { OPPORTUNITY_STATUS_LABELS, ORDER_STATUS_LABELS } from '@kontor/domain/sales-status';
import type { Language } from '@kontor/domain/users';
import { ACTIVE_PIPELINE } from '../opportunities/board-statuses.js';
import { anyOf, dayRange, exactly } from '../reports/drill.js';
import type { Period } from '../reports/periods.js';

/**
 * Orders that count as won: booked, or booked and since completed — cancelled ones no longer
 * count. The same definition as the sales funnel's order step (R1).
 */
export const WON_ORDER_STATUSES = ['booked', 'completed'] as const;

/** The lists behind the dashboard's figures, filtered exactly as the figures count. */
export const dashboardLists = {
  /** The user's opportunities in the active pipeline (the board's default statuses). */
  ownOpportunities(ownerName: string | null, language: Language): DashboardListTarget {
    return {
      record: 'opportunity',
      filter: {
        ownerName: exactly(ownerName),
        status: anyOf(ACTIVE_PIPELINE.map((status) => OPPORTUNITY_STATUS_LABELS[status][language])),
      },
    };
  },

  /** Won orders booked in a month (Berlin days). */
  wonOrders(month: Period, language: Language): DashboardListTarget {
    return {
      record: 'order',
      filter: {
        status: anyOf(WON_ORDER_STATUSES.map((status) => ORDER_STATUS_LABELS[status][language])),
        bookedAt: dayRange(month.from, month.end, language),
      },
    };
  },
};
