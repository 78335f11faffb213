import { z } from 'zod';

/**
 * The list behind a dashboard figure: the record type's list (as in the web's listPath) with
 * filters in the filter language of the asking user's language — the same shape as a report's
 * drill-down target, so the web opens both alike.
 */
const listTargetSchema = z.object({
  record: z.string(),
  filter: z.record(z.string(), z.string()),
});

/** Won revenue of one Berlin calendar month: net cents of orders booked (or since completed) in it. */
const monthRevenueSchema = z.object({
  cents: z.number().int(),
  /** The month's first and last day, `YYYY-MM-DD`. */
  from: z.string(),
  to: z.string(),
  list: listTargetSchema,
});

/**
 * The home dashboard's figures (`GET /api/dashboard`), one request for the whole page. A part is
 * present only when the user has the permission it needs (follow-ups: activities.read; open
 * opportunities: opportunities.read; won revenue: orders.read); every number counts only the
 * records the user may see (own/team/all).
 */
export const dashboardSchema = z.object({
  /** The user's and their teams' open follow-ups due before today (Berlin) and due today. */
  followUps: z.object({ overdue: z.number().int(), today: z.number().int() }).optional(),
  /** The user's own opportunities in the active pipeline, with expected and weighted revenue. */
  openOpportunities: z
    .object({
      count: z.number().int(),
      amountCents: z.number().int(),
      weightedCents: z.number().int(),
      list: listTargetSchema,
    })
    .optional(),
  wonRevenue: z
    .object({
      thisMonth: monthRevenueSchema,
      lastMonth: monthRevenueSchema,
      /** Change from last month in percent (one decimal), null when last month had none. */
      changePercent: z.number().nullable(),
    })
    .optional(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
export type DashboardListTarget = z.infer<typeof listTargetSchema>;

/** The change from `previous` to `current` in percent with one decimal; null when `previous` is 0. */
export function changePercent(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return Math.round(((current - previous) / previous) * 1000) / 10;
}
