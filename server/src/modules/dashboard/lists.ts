import type { DashboardListTarget } from '@kontor/domain/dashboard';
import { OPPORTUNITY_STATUS_LABELS } from '@kontor/domain/sales-status';
import type { Language } from '@kontor/domain/users';
import { ACTIVE_PIPELINE } from '../opportunities/board-statuses.js';
import { anyOf, dayRange, exactly } from '../reports/drill.js';
import type { Period } from '../reports/periods.js';
import { WON_ORDER } from '../reports/won-orders.js';

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
      filter: { ...WON_ORDER.drill(language), bookedAt: dayRange(month.from, month.end, language) },
    };
  },
};
