import { z } from 'zod';
import type { RecordTypeDef } from './fields.js';
import { calendarDateSchema, versionSchema } from './records.js';

export const CAMPAIGN_CHANNELS = ['trade-fair', 'ad', 'mailing', 'web', 'phone'] as const;
export const campaignChannelSchema = z.enum(CAMPAIGN_CHANNELS);
export type CampaignChannel = z.infer<typeof campaignChannelSchema>;

/** Campaigns (M8) as lists, filters, exports and history see them. */
export const CAMPAIGN: RecordTypeDef = {
  type: 'campaign',
  label: {
    singular: { de: 'Kampagne', en: 'Campaign' },
    plural: { de: 'Kampagnen', en: 'Campaigns' },
  },
  defaultSort: 'name',
  fields: [
    {
      key: 'name',
      kind: 'text',
      label: { de: 'Name', en: 'Name' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    {
      key: 'channel',
      kind: 'enum',
      label: { de: 'Kanal', en: 'Channel' },
      options: [
        { value: 'trade-fair', label: { de: 'Messe', en: 'Trade fair' } },
        { value: 'ad', label: { de: 'Anzeige', en: 'Ad' } },
        { value: 'mailing', label: { de: 'Mailing', en: 'Mailing' } },
        { value: 'web', label: { de: 'Web', en: 'Web' } },
        { value: 'phone', label: { de: 'Telefon', en: 'Phone' } },
      ],
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    {
      key: 'startsOn',
      kind: 'date',
      label: { de: 'Beginn', en: 'Start' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    {
      key: 'endsOn',
      kind: 'date',
      label: { de: 'Ende', en: 'End' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    {
      key: 'budget',
      kind: 'money',
      label: { de: 'Budget', en: 'Budget' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    {
      key: 'actualCost',
      kind: 'money',
      label: { de: 'Ist-Kosten', en: 'Actual cost' },
      sortable: true,
      filterable: true,
    },
    {
      key: 'ownerName',
      kind: 'text',
      label: { de: 'Verantwortlich', en: 'Owner' },
      defaultColumn: true,
      filterable: true,
    },
    {
      key: 'active',
      kind: 'boolean',
      label: { de: 'Aktiv', en: 'Active' },
      sortable: true,
      filterable: true,
    },
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

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const cents = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable();

const campaignFields = {
  name: z.string().trim().min(1).max(200),
  channel: campaignChannelSchema,
  startsOn: calendarDateSchema.nullable(),
  endsOn: calendarDateSchema.nullable(),
  budgetCents: cents,
  actualCostCents: cents,
  ownerId: z.string().max(64).nullable(),
  active: z.boolean(),
  description: optionalText(5000),
};

export const createCampaignSchema = z
  .object({
    ...campaignFields,
    startsOn: campaignFields.startsOn.default(null),
    endsOn: campaignFields.endsOn.default(null),
    budgetCents: campaignFields.budgetCents.default(null),
    actualCostCents: campaignFields.actualCostCents.default(null),
    ownerId: campaignFields.ownerId.optional(),
    active: campaignFields.active.default(true),
  })
  .strict();

export const updateCampaignSchema = z
  .object({
    version: versionSchema,
    ...Object.fromEntries(Object.entries(campaignFields).map(([k, v]) => [k, v.optional()])),
  })
  .strict() as z.ZodType<{ version: number } & Partial<z.output<z.ZodObject<typeof campaignFields>>>>;

/** The end of a campaign lies on or after its start; open ends are fine. */
export function campaignPeriodValid(startsOn: string | null, endsOn: string | null): boolean {
  return startsOn === null || endsOn === null || endsOn >= startsOn;
}

export const campaignSchema = z.object({
  id: z.string(),
  name: z.string(),
  channel: campaignChannelSchema,
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  budgetCents: z.number().nullable(),
  actualCostCents: z.number().nullable(),
  currency: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  active: z.boolean(),
  description: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  version: z.number().int(),
});
export type Campaign = z.infer<typeof campaignSchema>;
