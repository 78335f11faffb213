import { z } from 'zod';
import { addressInputSchema, addressSchema } from './addresses.js';
import type { RecordTypeDef } from './fields.js';
import { versionSchema } from './records.js';

export const RELATIONSHIPS = ['customer', 'prospect', 'supplier', 'partner', 'competitor', 'other'] as const;
export const relationshipSchema = z.enum(RELATIONSHIPS);
export type Relationship = z.infer<typeof relationshipSchema>;

export const ORGANIZATION_KINDS = ['company', 'household'] as const;
export const ABC_CLASSES = ['A', 'B', 'C'] as const;
export const COMPANY_SIZES = ['1-9', '10-49', '50-249', '250+'] as const;

/** Organisations (M1) as lists, filters, forms and history see them. */
export const ORGANIZATION: RecordTypeDef = {
  type: 'organization',
  label: {
    singular: { de: 'Organisation', en: 'Organisation' },
    plural: { de: 'Organisationen', en: 'Organisations' },
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
      key: 'kind',
      kind: 'enum',
      label: { de: 'Art', en: 'Kind' },
      options: [
        { value: 'company', label: { de: 'Firma', en: 'Company' } },
        { value: 'household', label: { de: 'Privathaushalt', en: 'Household' } },
      ],
      sortable: true,
      filterable: true,
    },
    {
      key: 'relationships',
      kind: 'enumSet',
      label: { de: 'Beziehung', en: 'Relationship' },
      options: [
        { value: 'customer', label: { de: 'Kunde', en: 'Customer' } },
        { value: 'prospect', label: { de: 'Interessent', en: 'Prospect' } },
        { value: 'supplier', label: { de: 'Lieferant', en: 'Supplier' } },
        { value: 'partner', label: { de: 'Partner', en: 'Partner' } },
        { value: 'competitor', label: { de: 'Wettbewerber', en: 'Competitor' } },
        { value: 'other', label: { de: 'Sonstige', en: 'Other' } },
      ],
      defaultColumn: true,
      filterable: true,
    },
    {
      key: 'customerNumber',
      kind: 'text',
      label: { de: 'Kundennummer', en: 'Customer no.' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    {
      key: 'supplierNumber',
      kind: 'text',
      label: { de: 'Lieferantennummer', en: 'Supplier no.' },
      sortable: true,
      filterable: true,
    },
    {
      key: 'industry',
      kind: 'text',
      label: { de: 'Branche', en: 'Industry' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    {
      key: 'abcClass',
      kind: 'enum',
      label: { de: 'ABC-Klasse', en: 'ABC class' },
      options: ABC_CLASSES.map((value) => ({ value, label: { de: value, en: value } })),
      sortable: true,
      filterable: true,
    },
    {
      key: 'size',
      kind: 'enum',
      label: { de: 'Größe', en: 'Size' },
      options: COMPANY_SIZES.map((value) => ({
        value,
        label: { de: `${value} Beschäftigte`, en: `${value} employees` },
      })),
      filterable: true,
    },
    {
      key: 'city',
      kind: 'text',
      label: { de: 'Ort', en: 'City' },
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
    { key: 'website', kind: 'text', label: { de: 'Website', en: 'Website' }, filterable: true },
    { key: 'vatId', kind: 'text', label: { de: 'USt-IdNr.', en: 'VAT ID' }, filterable: true },
    {
      key: 'paymentTermsDays',
      kind: 'number',
      label: { de: 'Zahlungsziel (Tage)', en: 'Payment terms (days)' },
      sortable: true,
      filterable: true,
    },
    {
      key: 'creditLimit',
      kind: 'money',
      label: { de: 'Kreditlimit', en: 'Credit limit' },
      sortable: true,
      filterable: true,
    },
    {
      key: 'ownerName',
      kind: 'text',
      label: { de: 'Betreuer', en: 'Account manager' },
      defaultColumn: true,
      filterable: true,
    },
    { key: 'tags', kind: 'text', label: { de: 'Schlagwörter', en: 'Tags' }, filterable: true },
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
const tagSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[^,]+$/, { message: 'Ohne Komma' });

const organizationFields = {
  name: z.string().trim().min(1).max(200),
  kind: z.enum(ORGANIZATION_KINDS),
  relationships: z.array(relationshipSchema).max(RELATIONSHIPS.length),
  parentId: z.string().max(64).nullable(),
  industry: optionalText(120),
  abcClass: z.enum(ABC_CLASSES).nullable(),
  size: z.enum(COMPANY_SIZES).nullable(),
  website: optionalText(300),
  vatId: optionalText(20),
  paymentTermsDays: z.number().int().min(0).max(365).nullable(),
  creditLimitCents: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable(),
  ownerId: z.string().max(64).nullable(),
  tags: z.array(tagSchema).max(50),
  /** All addresses, replaced as a whole; the first one's city shows in lists. */
  addresses: z.array(addressInputSchema).max(20),
};

export const createOrganizationSchema = z
  .object({
    ...organizationFields,
    kind: organizationFields.kind.default('company'),
    relationships: organizationFields.relationships.default([]),
    parentId: organizationFields.parentId.default(null),
    abcClass: organizationFields.abcClass.default(null),
    size: organizationFields.size.default(null),
    paymentTermsDays: organizationFields.paymentTermsDays.default(null),
    creditLimitCents: organizationFields.creditLimitCents.default(null),
    ownerId: organizationFields.ownerId.optional(),
    tags: organizationFields.tags.default([]),
    addresses: organizationFields.addresses.default([]),
  })
  .strict();

export const updateOrganizationSchema = z
  .object({
    version: versionSchema,
    ...Object.fromEntries(Object.entries(organizationFields).map(([k, v]) => [k, v.optional()])),
  })
  .strict() as z.ZodType<{ version: number } & Partial<z.output<z.ZodObject<typeof organizationFields>>>>;

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ORGANIZATION_KINDS),
  relationships: z.array(relationshipSchema),
  customerNumber: z.string().nullable(),
  supplierNumber: z.string().nullable(),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  industry: z.string().nullable(),
  abcClass: z.enum(ABC_CLASSES).nullable(),
  size: z.enum(COMPANY_SIZES).nullable(),
  city: z.string().nullable(),
  website: z.string().nullable(),
  vatId: z.string().nullable(),
  paymentTermsDays: z.number().nullable(),
  creditLimitCents: z.number().nullable(),
  currency: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  tags: z.array(z.string()),
  addresses: z.array(addressSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  version: z.number().int(),
});
export type Organization = z.infer<typeof organizationSchema>;
