import { changePercent, type Dashboard } from '@kontor/domain/dashboard';
import { addDays, isoDay } from '@kontor/domain/filter/calendar';
import { dayIn } from '@kontor/domain/filter/time-zone';
import { hasPermission, type Permission } from '@kontor/domain/permissions';
import type { Language } from '@kontor/domain/users';
import type { Kysely } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import { ACTIVE_PIPELINE } from '../opportunities/board-statuses.js';
import { currentPeriod, instantOf, type Period, previousPeriod } from '../reports/periods.js';
import { WON_ORDER } from '../reports/won-orders.js';
import { dashboardLists } from './lists.js';
import { DashboardRepository, type InstantRange } from './repository.js';

/** Days, months and "today" are the company's (Berlin), not the server's. */
const ZONE = 'Europe/Berlin';

const rangeOf = (period: Period): InstantRange => ({
  from: instantOf(period.from),
  to: instantOf(period.end),
});

/**
 * The home dashboard ("Start"): the figures of every card in one answer. Each part needs the read
 * permission of the records it counts and is left out without it (deny by default); the parts'
 * queries run side by side.
 */
export class DashboardService {
  private readonly repository: DashboardRepository;

  constructor(db: Kysely<Database>) {
    this.repository = new DashboardRepository(db);
  }

  async figures(principal: Principal, language: Language, now = new Date()): Promise<Dashboard> {
    const may = (permission: Permission) => hasPermission(principal.permissions, permission);
    const [followUps, openOpportunities, wonRevenue] = await Promise.all([
      may('activities.read') ? this.followUps(principal, now) : undefined,
      may('opportunities.read') ? this.openOpportunities(principal, language) : undefined,
      may('orders.read') ? this.wonRevenue(principal, language, now) : undefined,
    ]);
    return {
      ...(followUps && { followUps }),
      ...(openOpportunities && { openOpportunities }),
      ...(wonRevenue && { wonRevenue }),
    };
  }

  private followUps(principal: Principal, now: Date) {
    const today = dayIn(now, ZONE);
    return this.repository.followUpCounts(principal, {
      from: instantOf(today),
      to: instantOf(addDays(today, 1)),
    });
  }

  private async openOpportunities(principal: Principal, language: Language) {
    const [totals, name] = await Promise.all([
      this.repository.ownOpportunityTotals(principal, ACTIVE_PIPELINE),
      this.repository.userName(principal.userId),
    ]);
    return { ...totals, list: dashboardLists.ownOpportunities(name, language) };
  }

  private async wonRevenue(principal: Principal, language: Language, now: Date) {
    const thisMonth = currentPeriod('month', now);
    const lastMonth = previousPeriod(thisMonth);
    const cents = await this.repository.bookedRevenue(
      principal,
      WON_ORDER.statuses,
      rangeOf(lastMonth),
      rangeOf(thisMonth),
    );
    const month = (period: Period, sum: number) => ({
      cents: sum,
      from: isoDay(period.from),
      to: isoDay(period.to),
      list: dashboardLists.wonOrders(period, language),
    });
    return {
      thisMonth: month(thisMonth, cents.current),
      lastMonth: month(lastMonth, cents.last),
      changePercent: changePercent(cents.current, cents.last),
    };
  }
}
