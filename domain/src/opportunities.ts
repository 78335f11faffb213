import { z } from 'zod';
import type { RecordTypeDef } from './fields.js';
import { LEAD_SOURCE_OPTIONS, leadSourceSchema } from './leads.js';
import { calendarDateSchema, versionSchema } from './records.js';
import {
  OPPORTUNITY_STATUS_LABELS,
  OPPORTUNITY_STATUSES,
  opportunityManualStatusSchema,
  opportunityStatusSchema,
} from './sales-status.js';
import { roundHalfAwayFromZero } from './sales-totals.js';

const id = z.string().min(1).max(64);
const name = z.string().trim().min(1, { message: 'Pflichtfeld' }).max(200);
const position = z.number().int().min(0).max(10_000);
/** A win probability in whole percent, 0 to 100 ("Wahrscheinlichkeit"). */
export const probabilitySchema = z.number().int().min(0).max(100);
/** An amount in cents: an integer from 0 up to the largest safe integer. */
export const revenueCentsSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

// ── Pipeline stages and lost reasons (settings) ──────────────────────────────────────────────

/** A pipeline stage ("Phase") with its default probability; folded ones show collapsed on the board. */
export const pipelineStageSchema = z.object({
  id: z.string(),
  name: z.string(),
  position: z.number().int(),
  probability: z.number().int(),
  folded: z.boolean(),
  version: z.number().int(),
});
/** A pipeline stage as the API returns it. */
export type PipelineStage = z.infer<typeof pipelineStageSchema>;

/** A new stage; without a position it goes last. */
export const createPipelineStageSchema = z
  .object({
    name,
    probability: probabilitySchema,
    folded: z.boolean().default(false),
    position: position.optional(),
  })
  .strict();

/** Changes to a stage (renaming, reordering, its default probability, folding). */
export const updatePipelineStageSchema = z
  .object({
    version: versionSchema,
    name: name.optional(),
    probability: probabilitySchema.optional(),
    folded: z.boolean().optional(),
    position: position.optional(),
  })
  .strict();

/** A lost reason ("Verlustgrund") of the admin's list; inactive ones stay on old records but are not offered. */
export const lostReasonSchema = z.object({
  id: z.string(),
  name: z.string(),
  position: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
});
/** A lost reason as the API returns it. */
export type LostReason = z.infer<typeof lostReasonSchema>;

/** A new lost reason; without a position it goes last. */
export const createLostReasonSchema = z
  .object({ name, active: z.boolean().default(true), position: position.optional() })
  .strict();

/** Changes to a lost reason. */
export const updateLostReasonSchema = z
  .object({
    version: versionSchema,
    name: name.optional(),
    active: z.boolean().optional(),
    position: position.optional(),
  })
  .strict();

// ── Opportunities ────────────────────────────────────────────────────────────────────────────

const money = (key: string, de: string, en: string, defaultColumn = false) =>
  ({ key, kind: 'money', label: { de, en }, defaultColumn, sortable: true, filterable: true }) as const;
const text = (key: string, de: string, en: string, defaultColumn = false) =>
  ({ key, kind: 'text', label: { de, en }, defaultColumn, sortable: true, filterable: true }) as const;

/** Opportunities (S2, "Chancen") as lists, filters, the board and history see them. */
export const OPPORTUNITY: RecordTypeDef = {
  type: 'opportunity',
  label: { singular: { de: 'Chance', en: 'Opportunity' }, plural: { de: 'Chancen', en: 'Opportunities' } },
  defaultSort: '-updatedAt',
  fields: [
    text('name', 'Name', 'Name', true),
    text('organizationName', 'Organisation', 'Organisation', true),
    text('contactName', 'Kontakt', 'Contact'),
    text('leadName', 'Lead', 'Lead'),
    text('stageName', 'Phase', 'Stage', true),
    {
      key: 'status',
      kind: 'enum',
      label: { de: 'Status', en: 'Status' },
      options: OPPORTUNITY_STATUSES.map((value) => ({ value, label: OPPORTUNITY_STATUS_LABELS[value] })),
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    money('expectedRevenue', 'Erwarteter Umsatz', 'Expected revenue', true),
    {
      key: 'probability',
      kind: 'number',
      label: { de: 'Wahrscheinlichkeit', en: 'Probability' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    money('weightedRevenue', 'Gewichteter Umsatz', 'Weighted revenue'),
    money('plannedCost', 'Geplante Kosten', 'Planned cost'),
    {
      key: 'expectedCloseDate',
      kind: 'date',
      label: { de: 'Erwarteter Abschluss', en: 'Expected close' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    text('ownerName', 'Betreuer', 'Account manager', true),
    text('teamName', 'Team', 'Team'),
    {
      key: 'source',
      kind: 'enum',
      label: { de: 'Leadquelle', en: 'Lead source' },
      options: LEAD_SOURCE_OPTIONS,
      sortable: true,
      filterable: true,
    },
    text('campaignName', 'Kampagne', 'Campaign'),
    // The competitors' names, comma-separated: filterable, not sortable.
    { key: 'competitors', kind: 'text', label: { de: 'Wettbewerber', en: 'Competitors' }, filterable: true },
    {
      key: 'createdAt',
      kind: 'datetime',
      label: { de: 'Angelegt', en: 'Created' },
      sortable: true,
      filterable: true,
    },
    {
      key: 'updatedAt',
      kind: 'datetime',
      label: { de: 'Geändert', en: 'Updated' },
      sortable: true,
      filterable: true,
    },
  ],
};

const opportunityFields = {
  name,
  organizationId: id.nullable(),
  leadId: id.nullable(),
  contactId: id.nullable(),
  stageId: id,
  expectedRevenueCents: revenueCentsSchema,
  /** What winning the deal is planned to cost (R5); null: not planned, unlike a cost of 0. */
  plannedCostCents: revenueCentsSchema.nullable(),
  /** Null means: the stage's default probability. */
  probability: probabilitySchema.nullable(),
  expectedCloseDate: calendarDateSchema.nullable(),
  ownerId: id.nullable(),
  teamId: id.nullable(),
  source: leadSourceSchema.nullable(),
  campaignId: id.nullable(),
  /** Organisations competing for the deal (usually with the relationship competitor), replaced as a whole. */
  competitorIds: z.array(id).max(50),
};

const NEEDS_CUSTOMER = 'Organisation oder Lead angeben';

/** A new opportunity: for an organisation, a lead, or both (a lead's opportunity keeps its lead after conversion). */
export const createOpportunitySchema = z
  .object({
    ...opportunityFields,
    organizationId: opportunityFields.organizationId.default(null),
    leadId: opportunityFields.leadId.default(null),
    contactId: opportunityFields.contactId.default(null),
    expectedRevenueCents: opportunityFields.expectedRevenueCents.default(0),
    plannedCostCents: opportunityFields.plannedCostCents.default(null),
    probability: opportunityFields.probability.default(null),
    expectedCloseDate: opportunityFields.expectedCloseDate.default(null),
    ownerId: opportunityFields.ownerId.optional(),
    teamId: opportunityFields.teamId.default(null),
    source: opportunityFields.source.default(null),
    campaignId: opportunityFields.campaignId.default(null),
    competitorIds: opportunityFields.competitorIds.default([]),
  })
  .strict()
  .refine((o) => o.organizationId !== null || o.leadId !== null, {
    message: NEEDS_CUSTOMER,
    path: ['organizationId'],
  });
/** A validated new opportunity. */
export type CreateOpportunity = z.infer<typeof createOpportunitySchema>;

/** Changes to an opportunity; the server checks that organisation or lead remains set. */
export const updateOpportunitySchema = z
  .object({
    version: versionSchema,
    ...Object.fromEntries(Object.entries(opportunityFields).map(([k, v]) => [k, v.optional()])),
  })
  .strict()
  .refine((o: Record<string, unknown>) => !(o.organizationId === null && o.leadId === null), {
    message: NEEDS_CUSTOMER,
    path: ['organizationId'],
  }) as z.ZodType<{ version: number } & Partial<z.output<z.ZodObject<typeof opportunityFields>>>>;
/** A validated opportunity update. */
export type UpdateOpportunity = z.infer<typeof updateOpportunitySchema>;

/** A drag on the kanban board to another stage. */
export const moveOpportunitySchema = z.object({ stageId: id, version: versionSchema }).strict();

/** A status set by hand (S5); Lost needs at least one lost reason, the other statuses take none. */
export const setOpportunityStatusSchema = z
  .object({
    status: opportunityManualStatusSchema,
    version: versionSchema,
    lostReasonIds: z.array(id).max(20).default([]),
    lostNote: z.string().trim().max(2000).nullable().default(null),
  })
  .strict()
  .refine((s) => s.status !== 'lost' || s.lostReasonIds.length > 0, {
    message: 'Mindestens einen Verlustgrund angeben',
    path: ['lostReasonIds'],
  })
  .refine((s) => s.status === 'lost' || (s.lostReasonIds.length === 0 && s.lostNote === null), {
    message: 'Verlustgründe nur beim Status Verloren',
    path: ['lostReasonIds'],
  });
/** A validated status change. */
export type SetOpportunityStatus = z.infer<typeof setOpportunityStatusSchema>;

const ref = z.object({ id: z.string(), name: z.string() });

/** An opportunity as the API returns it; `status` is the effective one, `manualStatus` the one stored by hand. */
export const opportunitySchema = z.object({
  id: z.string(),
  name: z.string(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  contactId: z.string().nullable(),
  contactName: z.string().nullable(),
  leadId: z.string().nullable(),
  leadName: z.string().nullable(),
  stageId: z.string(),
  stageName: z.string(),
  status: opportunityStatusSchema,
  manualStatus: opportunityManualStatusSchema,
  expectedRevenueCents: z.number().int(),
  plannedCostCents: z.number().int().nullable(),
  /** The effective probability: the opportunity's own, else its stage's. */
  probability: z.number().int(),
  /** Whether `probability` is the opportunity's own (false: taken from the stage). */
  probabilityOverridden: z.boolean(),
  weightedRevenueCents: z.number().int(),
  currency: z.string(),
  expectedCloseDate: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  source: leadSourceSchema.nullable(),
  campaignId: z.string().nullable(),
  campaignName: z.string().nullable(),
  competitors: z.array(ref),
  lostReasons: z.array(ref),
  lostNote: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  version: z.number().int(),
});
/** An opportunity as the API returns it. */
export type Opportunity = z.infer<typeof opportunitySchema>;

/** Expected revenue × probability in whole cents, rounded half away from zero, in integer arithmetic. */
export function weightedRevenueCents(expectedRevenueCents: number, probability: number): number {
  if (!Number.isSafeInteger(expectedRevenueCents) || expectedRevenueCents < 0) {
    throw new RangeError(`Expected revenue must be a non-negative integer of cents: ${expectedRevenueCents}`);
  }
  if (!Number.isInteger(probability) || probability < 0 || probability > 100) {
    throw new RangeError(`Probability must be an integer from 0 to 100: ${probability}`);
  }
  return Number(roundHalfAwayFromZero(BigInt(expectedRevenueCents) * BigInt(probability), 100n));
}
