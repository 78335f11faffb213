import { addDays, type CalendarDay } from '@kontor/domain/filter/calendar';
import { dayIn } from '@kontor/domain/filter/time-zone';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { ReportContext } from './definition.js';
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

/**
 * Cost rates only where a campaign's cost can be set against its records honestly: per
 * campaign (a campaign's cost is not spent on a lead source, and its leads may have any
 * source), and only over all records — a user who sees part of them, or a filter that picks
 * part of them, would divide the whole cost by some of its leads.
 */
export function showsCost(context: ReportContext): boolean {
  const { view, principal } = context;
  return (
    principal.visibility === 'all' &&
    Object.values(view.filter).every((text) => text.trim() === '') &&
    view.groupBy.includes('campaign') &&
    !view.groupBy.includes('source') &&
    view.measures.some((key) => key === 'costPerLead' || key === 'costPerWonOrder')
  );
}

/** The campaigns with a cost in the period that no group shows (they brought nothing in it). */
export function idleCampaigns(
  costs: readonly CampaignCost[],
  shown: ReadonlySet<string | null>,
  range: Pick<Period, 'from' | 'end'>,
): string[] {
  return costs.filter((c) => !shown.has(c.id) && costWithin(c, range) > 0).map((c) => c.id);
}

/** Cost per lead and per won order in whole cents; none where there is no cost or nothing to divide by. */
export function costRates(cost: number | null, counts: { leads: number | null; wonOrders: number | null }) {
  const per = (count: number | null) => (cost === null || !count ? null : Math.round(cost / count));
  return { costPerLead: per(counts.leads), costPerWonOrder: per(counts.wonOrders) };
}
