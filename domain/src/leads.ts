import { z } from 'zod';
import { SALUTATIONS } from './contacts.js';
import type { EnumOption, Label, RecordTypeDef } from './fields.js';
import { ABC_CLASSES } from './organizations.js';
import { calendarDateSchema, versionSchema } from './records.js';
import {
  LEAD_STATUS_LABELS,
  LEAD_STATUSES,
  leadManualStatusSchema,
  leadStatusSchema,
} from './sales-status.js';

/** Where a lead (and an opportunity) came from (S1 "Leadquelle"). */
export const LEAD_SOURCES = [
  'campaign',
  'trade-fair',
  'phone',
  'web-form',
  'import',
  'ad',
  'referral',
] as const;
/** A lead source as the API takes it. */
export const leadSourceSchema = z.enum(LEAD_SOURCES);
/** One of LEAD_SOURCES. */
export type LeadSource = z.infer<typeof leadSourceSchema>;

/** German and English names of every lead source. */
export const LEAD_SOURCE_LABELS: Record<LeadSource, Label> = {
  campaign: { de: 'Kampagne', en: 'Campaign' },
  'trade-fair': { de: 'Messe', en: 'Trade fair' },
  phone: { de: 'Telefon', en: 'Phone' },
  'web-form': { de: 'Webformular', en: 'Web form' },
  import: { de: 'Import', en: 'Import' },
  ad: { de: 'Anzeige', en: 'Advertisement' },
  referral: { de: 'Empfehlung', en: 'Referral' },
};

/** The lead sources as enum options for field definitions (also used by opportunities). */
export const LEAD_SOURCE_OPTIONS: readonly EnumOption[] = LEAD_SOURCES.map((value) => ({
  value,
  label: LEAD_SOURCE_LABELS[value],
}));

const field = (
  key: string,
  kind: 'text' | 'date' | 'datetime',
  de: string,
  en: string,
  defaultColumn = false,
) => ({ key, kind, label: { de, en }, defaultColumn, sortable: true, filterable: true }) as const;
const enumField = (
  key: string,
  de: string,
  en: string,
  options: readonly EnumOption[],
  defaultColumn = false,
) =>
  ({
    key,
    kind: 'enum',
    label: { de, en },
    options,
    defaultColumn,
    sortable: true,
    filterable: true,
  }) as const;

/** Leads (S1) as lists, filters, forms and history see them. */
export const LEAD: RecordTypeDef = {
  type: 'lead',
  label: { singular: { de: 'Lead', en: 'Lead' }, plural: { de: 'Leads', en: 'Leads' } },
  defaultSort: '-createdAt',
  fields: [
    // Display name: "Vorname Nachname (Firma)", or whichever of person and company exists.
    field('name', 'text', 'Name', 'Name', true),
    field('companyName', 'text', 'Firma', 'Company', true),
    enumField('salutation', 'Anrede', 'Salutation', [
      { value: 'herr', label: { de: 'Herr', en: 'Mr' } },
      { value: 'frau', label: { de: 'Frau', en: 'Ms' } },
      { value: 'divers', label: { de: 'Divers', en: 'Diverse' } },
    ]),
    { key: 'title', kind: 'text', label: { de: 'Titel', en: 'Title' }, filterable: true },
    field('firstName', 'text', 'Vorname', 'First name'),
    field('lastName', 'text', 'Nachname', 'Last name'),
    { key: 'position', kind: 'text', label: { de: 'Position', en: 'Position' }, filterable: true },
    {
      key: 'email',
      kind: 'text',
      label: { de: 'E-Mail', en: 'E-mail' },
      defaultColumn: true,
      filterable: true,
    },
    { key: 'phone', kind: 'text', label: { de: 'Telefon', en: 'Phone' }, filterable: true },
    field('city', 'text', 'Ort', 'City', true),
    enumField(
      'status',
      'Status',
      'Status',
      LEAD_STATUSES.map((value) => ({ value, label: LEAD_STATUS_LABELS[value] })),
      true,
    ),
    enumField('source', 'Leadquelle', 'Lead source', LEAD_SOURCE_OPTIONS, true),
    field('campaignName', 'text', 'Kampagne', 'Campaign'),
    enumField(
      'abcClass',
      'ABC-Klasse',
      'ABC class',
      ABC_CLASSES.map((value) => ({ value, label: { de: value, en: value } })),
    ),
    field('ownerName', 'text', 'Betreuer', 'Account manager', true),
    field('nextFollowUpOn', 'date', 'Nächste Wiedervorlage', 'Next follow-up', true),
    field('createdAt', 'datetime', 'Angelegt', 'Created'),
    field('updatedAt', 'datetime', 'Geändert', 'Updated'),
  ],
};

const text = (max: number) => z.string().trim().max(max).nullable();
const id = z.string().min(1).max(64);

const leadFields = {
  companyName: text(200),
  salutation: z.enum(SALUTATIONS).nullable(),
  title: text(40),
  firstName: text(100),
  lastName: text(100),
  position: text(120),
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email({ message: 'Keine gültige E-Mail-Adresse' }))
    .nullable(),
  phone: text(40),
  city: text(100),
  source: leadSourceSchema.nullable(),
  campaignId: id.nullable(),
  abcClass: z.enum(ABC_CLASSES).nullable(),
  ownerId: id.nullable(),
  nextFollowUpOn: calendarDateSchema.nullable(),
};

const NAME_REQUIRED = 'Firma oder Nachname angeben';
const filled = (value: string | null | undefined) => (value ?? '').length > 0;

/** A new lead (initially Open); a company name or a last name is required. */
export const createLeadSchema = z
  .object({
    ...leadFields,
    companyName: leadFields.companyName.default(null),
    salutation: leadFields.salutation.default(null),
    title: leadFields.title.default(null),
    firstName: leadFields.firstName.default(null),
    lastName: leadFields.lastName.default(null),
    position: leadFields.position.default(null),
    email: leadFields.email.default(null),
    phone: leadFields.phone.default(null),
    city: leadFields.city.default(null),
    source: leadFields.source.default(null),
    campaignId: leadFields.campaignId.default(null),
    abcClass: leadFields.abcClass.default(null),
    ownerId: leadFields.ownerId.optional(),
    nextFollowUpOn: leadFields.nextFollowUpOn.default(null),
  })
  .strict()
  .refine((lead) => filled(lead.companyName) || filled(lead.lastName), {
    message: NAME_REQUIRED,
    path: ['lastName'],
  });
/** A validated new lead. */
export type CreateLead = z.infer<typeof createLeadSchema>;

/** Changes to a lead (not its status: see setLeadStatusSchema); it may not clear both company and last name. */
export const updateLeadSchema = z
  .object({
    version: versionSchema,
    ...Object.fromEntries(Object.entries(leadFields).map(([k, v]) => [k, v.optional()])),
  })
  .strict()
  .refine(
    (lead: Record<string, unknown>) =>
      !('companyName' in lead && 'lastName' in lead) ||
      filled(lead.companyName as string | null) ||
      filled(lead.lastName as string | null),
    { message: NAME_REQUIRED, path: ['lastName'] },
  ) as z.ZodType<{ version: number } & Partial<z.output<z.ZodObject<typeof leadFields>>>>;
/** A validated lead update. */
export type UpdateLead = z.infer<typeof updateLeadSchema>;

/** A status set by hand; only the manual statuses, the server refuses one a derived rule overrides (S5). */
export const setLeadStatusSchema = z
  .object({ status: leadManualStatusSchema, version: versionSchema })
  .strict();

/** A lead as the API returns it; `status` is the effective one, `manualStatus` the one stored by hand. */
export const leadSchema = z.object({
  id: z.string(),
  name: z.string(),
  companyName: z.string().nullable(),
  salutation: z.enum(SALUTATIONS).nullable(),
  title: z.string().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  position: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  city: z.string().nullable(),
  status: leadStatusSchema,
  manualStatus: leadManualStatusSchema,
  source: leadSourceSchema.nullable(),
  campaignId: z.string().nullable(),
  campaignName: z.string().nullable(),
  abcClass: z.enum(ABC_CLASSES).nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  nextFollowUpOn: z.string().nullable(),
  convertedOrganizationId: z.string().nullable(),
  convertedContactId: z.string().nullable(),
  convertedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  version: z.number().int(),
});
/** A lead as the API returns it. */
export type Lead = z.infer<typeof leadSchema>;

// Creating a record that looks like an existing one needs the user's word (never a silent duplicate).
const confirmNoDuplicate = z.boolean().default(false);

/** The conversion wizard (S1): organisation (none for a private person), contact and an optional opportunity, in one transaction. */
export const convertLeadSchema = z
  .object({
    version: versionSchema,
    organization: z
      .discriminatedUnion('mode', [
        z.object({ mode: z.literal('match'), organizationId: id }).strict(),
        z
          .object({
            mode: z.literal('create'),
            name: z.string().trim().min(1).max(200),
            confirmNoDuplicate: confirmNoDuplicate,
          })
          .strict(),
      ])
      .nullable(),
    // Null only for a lead without a person (a company name alone): then an organisation is required.
    contact: z
      .discriminatedUnion('mode', [
        z.object({ mode: z.literal('match'), contactId: id }).strict(),
        z.object({ mode: z.literal('create'), confirmNoDuplicate: confirmNoDuplicate }).strict(),
      ])
      .nullable(),
    opportunity: z
      .object({
        name: z.string().trim().min(1).max(200),
        expectedRevenueCents: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
        expectedCloseDate: calendarDateSchema.nullable(),
        stageId: id,
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict()
  .refine((request) => request.organization !== null || request.contact !== null, {
    message: 'Organisation oder Kontakt angeben',
    path: ['contact'],
  });
/** A validated conversion request. */
export type ConvertLead = z.infer<typeof convertLeadSchema>;

/** A verdict of a by-hand status: allowed, or refused with the S5 refusal code the UI explains. */
export const statusVerdictSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: z.string() }),
]);

/** The detail view of a lead: the lead and, for its status menu, every by-hand status with its verdict. */
export const leadDetailSchema = leadSchema.extend({
  allowedStatuses: z.record(leadManualStatusSchema, statusVerdictSchema).optional(),
});
/** A lead with the verdicts of its by-hand statuses (present on detail, absent in lists). */
export type LeadDetail = z.infer<typeof leadDetailSchema>;

/** What the conversion wizard offers to match: likely duplicates of the lead's company and person. */
export const conversionCandidatesSchema = z.object({
  organizations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      city: z.string().nullable(),
      reasons: z.array(z.string()),
    }),
  ),
  contacts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      organizationName: z.string().nullable(),
      email: z.string().nullable(),
      city: z.string().nullable(),
      reasons: z.array(z.string()),
    }),
  ),
});
/** Likely duplicates of a lead's company and person. */
export type ConversionCandidates = z.infer<typeof conversionCandidatesSchema>;

/** What a conversion made or matched. */
export const conversionResultSchema = z.object({
  leadId: z.string(),
  organizationId: z.string().nullable(),
  contactId: z.string().nullable(),
  opportunityId: z.string().nullable(),
});
/** What a conversion made or matched. */
export type ConversionResult = z.infer<typeof conversionResultSchema>;
