import { listQuerySchema } from '@kontor/domain/fields';
import { opportunitySchema, pipelineStageSchema } from '@kontor/domain/opportunities';
import { opportunityManualStatusSchema, opportunityStatusSchema } from '@kontor/domain/sales-status';
import { z } from 'zod';

// API shapes of this module beyond domain/opportunities.ts: the status verdicts and the board.

const verdictSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);

/** An opportunity with, for its status menu, every by-hand status and whether the S5 rules allow it. */
export const opportunityViewSchema = opportunitySchema.extend({
  allowedStatuses: z.record(opportunityManualStatusSchema, verdictSchema),
});
export type OpportunityView = z.infer<typeof opportunityViewSchema>;

/** One card of the kanban board. */
export const boardCardSchema = z.object({
  id: z.string(),
  name: z.string(),
  stageId: z.string(),
  organizationName: z.string().nullable(),
  leadName: z.string().nullable(),
  expectedRevenueCents: z.number().int(),
  probability: z.number().int(),
  expectedCloseDate: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  status: opportunityStatusSchema,
  version: z.number().int(),
});
export type BoardCard = z.infer<typeof boardCardSchema>;

/** A page of one column's cards, newest change first; nextCursor fetches the next page. */
export const boardPageSchema = z.object({
  stageId: z.string(),
  cards: z.array(boardCardSchema),
  nextCursor: z.string().nullable(),
});

/** One column: its stage, count and sums over all its matching opportunities, and the first cards. */
export const boardColumnSchema = boardPageSchema.extend({
  stage: pipelineStageSchema,
  count: z.number().int(),
  expectedRevenueCents: z.number().int(),
  weightedRevenueCents: z.number().int(),
});

export const boardSchema = z.object({
  /** The statuses the board shows: by default the active pipeline, else those the status filter admits. */
  statuses: z.array(opportunityStatusSchema),
  columns: z.array(boardColumnSchema),
});
export type Board = z.infer<typeof boardSchema>;

/** The list's filters and cursor; the board's order is fixed (newest change first), limit is the page size. */
export const boardQuerySchema = listQuerySchema.refine((query) => query.sort === undefined, {
  message: 'Die Tafel ist fest nach letzter Änderung sortiert',
  path: ['sort'],
});
