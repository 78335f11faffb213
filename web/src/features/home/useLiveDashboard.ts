import { useRefetchOnEntries } from '../../ui/useRefetchOnEntries';
import { dashboardKey } from './api';

/**
 * Keeps the dashboard's figures current while it is open. Most changes they count leave an entry
 * behind — a follow-up created, done or moved; an order booked, also by a customer through the
 * link ("Angebot beauftragt"); an opportunity's stage or status changed — so new and changed
 * entries refetch the figures. An edited amount or probability leaves none: that shows at the
 * next visit.
 */
export function useLiveDashboard(): void {
  useRefetchOnEntries(dashboardKey);
}
