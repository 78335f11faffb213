import { addDays, type CalendarDay } from '@kontor/domain/filter/calendar';
import { dayIn } from '@kontor/domain/filter/time-zone';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { compareDays, daysBetween, type Period, parseDay } from './periods.js';
import { numberOf } from './result.js';

/** A campaign's actual cost and the days it ran, [from, end). */
export interface CampaignCost {
  id: string;
  cents: number;
  run: { from: CalendarDay; end: CalendarDay };
}

/**
 * The campaigns with an actual cost, in one query (campaigns are few: hundreds, not thousands).
 * A campaign's run is its start to its end day; a missing start is the day it was entered, a
 * missing end (it still runs) is today — its actual cost is what it cost so far.
 */
export async function campaignCosts(db: Kysely<Database>, now: Date): Promise<CampaignCost[]> {
  const rows = await db
    .selectFrom('campaigns')
    .select(['id', 'actual_cost_cents', 'starts_on', 'ends_on', 'created_at'])
    .where('actual_cost_cents', 'is not', null)
    .execute();
  const today = dayIn(now, 'Europe/Berlin');
  return rows.map((row) => {
    const from = row.starts_on ? parseDay(row.starts_on) : dayIn(new Date(row.created_at), 'Europe/Berlin');
    const last = row.ends_on ? parseDay(row.ends_on) : today;
    const end = addDays(compareDays(last, from) < 0 ? from : last, 1);
    return { id: row.id, cents: numberOf(row.actual_cost_cents) ?? 0, run: { from, end } };
  });
}

/**
 * The part of a campaign's cost that falls into a period: spread evenly over its days, so a
 * month of a three-month campaign carries a third of it and the months add up to the whole
 * (to the cent, but for rounding). A period that covers the whole run carries the whole cost.
 */
export function costWithin(campaign: CampaignCost, range: Pick<Period, 'from' | 'end'>): number {
  const from = compareDays(campaign.run.from, range.from) > 0 ? campaign.run.from : range.from;
  const end = compareDays(campaign.run.end, range.end) < 0 ? campaign.run.end : range.end;
  const days = daysBetween(from, end);
  if (days <= 0) return 0;
  return Math.round((campaign.cents * days) / daysBetween(campaign.run.from, campaign.run.end));
}
