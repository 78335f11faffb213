import { z } from 'zod';
import { addressInputSchema, addressSchema } from './addresses.js';
import type { RecordTypeDef } from './fields.js';
import { versionSchema } from './records.js';
import { languageSchema } from './users.js';

export const SALUTATIONS = ['herr', 'frau', 'divers'] as const;
export const EMAIL_TYPES = ['work', 'private', 'other'] as const;
export const PHONE_TYPES = ['work', 'mobile', 'private', 'fax', 'other'] as const;
export const CHANNELS = ['email', 'phone', 'letter', 'visit'] as const;

const channelOptions = [
  { value: 'email', label: { de: 'E-Mail', en: 'E-mail' } },
  { value: 'phone', label: { de: 'Telefon', en: 'Phone' } },
  { value: 'letter', label: { de: 'Brief', en: 'Letter' } },
  { value: 'visit', label: { de: 'Besuch', en: 'Visit' } },
];

/** Contacts (M2) as lists, filters, forms and history see them. */
export const CONTACT: RecordTypeDef = {
  type: 'contact',
  label: { singular: { de: 'Kontakt', en: 'Contact' }, plural: { de: 'Kontakte', en: 'Contacts' } },
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
      key: 'firstName',
      kind: 'text',
      label: { de: 'Vorname', en: 'First name' },
      sortable: true,
      filterable: true,
    },
    {
      key: 'lastName',
      kind: 'text',
      label: { de: 'Nachname', en: 'Last name' },
      sortable: true,
      filterable: true,
    },
    {
      key: 'organizationName',
      kind: 'text',
      label: { de: 'Organisation', en: 'Organisation' },
      defaultColumn: true,
      filterable: true,
    },
    {
      key: 'position',
      kind: 'text',
      label: { de: 'Position', en: 'Position' },
      defaultColumn: true,
      filterable: true,
    },
    {
      key: 'email',
      kind: 'text',
      label: { de: 'E-Mail', en: 'E-mail' },
      defaultColumn: true,
      filterable: true,
    },
    {
      key: 'phone',
      kind: 'text',
      label: { de: 'Telefon', en: 'Phone' },
      defaultColumn: true,
      filterable: true,
    },
    {
      key: 'city',
      kind: 'text',
      label: { de: 'Ort', en: 'City' },
      defaultColumn: true,
      filterable: true,
      sortable: true,
    },
    {
      key: 'birthday',
      kind: 'date',
      label: { de: 'Geburtstag', en: 'Birthday' },
      sortable: true,
      filterable: true,
    },
    {
      key: 'language',
      kind: 'enum',
      label: { de: 'Sprache', en: 'Language' },
      options: [
        { value: 'de', label: { de: 'Deutsch', en: 'German' } },
        { value: 'en', label: { de: 'Englisch', en: 'English' } },
      ],
      filterable: true,
    },
    {
      key: 'preferredChannel',
      kind: 'enum',
      label: { de: 'Bevorzugter Kanal', en: 'Preferred channel' },
      options: channelOptions,
      filterable: true,
    },
    {
      key: 'doNotContact',
      kind: 'boolean',
      label: { de: 'Nicht kontaktieren', en: 'Do not contact' },
      filterable: true,
    },
    {
      key: 'marketingConsent',
      kind: 'boolean',
      label: { de: 'Werbeeinwilligung', en: 'Marketing consent' },
      filterable: true,
    },
    { key: 'ownerName', kind: 'text', label: { de: 'Betreuer', en: 'Account manager' }, filterable: true },
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
      defaultColumn: true,
      sortable: true,
      filterable: true,
    },
  ],
};

const text = (max: number) => z.string().trim().max(max).nullable();
const isoDate = z.iso.date();

export const contactEmailInputSchema = z
  .object({ type: z.enum(EMAIL_TYPES).default('work'), address: z.string().trim().max(254) })
  .strict();
export const contactPhoneInputSchema = z
  .object({ type: z.enum(PHONE_TYPES).default('work'), number: z.string().trim().max(40) })
  .strict();
export const employmentInputSchema = z
  .object({
    organizationId: z.string().max(64),
    position: text(120).default(null),
    department: text(120).default(null),
    startDate: isoDate.nullable().default(null),
    endDate: isoDate.nullable().default(null),
    isMainContact: z.boolean().default(false),
  })
  .strict();

const contactFields = {
  salutation: z.enum(SALUTATIONS).nullable(),
  title: text(40),
  firstName: text(100),
  lastName: z.string().trim().min(1).max(100),
  language: languageSchema,
  birthday: isoDate.nullable(),
  preferredChannel: z.enum(CHANNELS).nullable(),
  doNotContact: z.boolean(),
  marketingConsent: z.boolean(),
  ownerId: z.string().max(64).nullable(),
  tags: z
    .array(
      z
        .string()
        .trim()
        .min(1)
        .max(60)
        .regex(/^[^,]+$/),
    )
    .max(50),
  emails: z.array(contactEmailInputSchema).max(10),
  phones: z.array(contactPhoneInputSchema).max(10),
  /** The whole employment history, replaced as a whole; an open one (no end date) is current. */
  employments: z.array(employmentInputSchema).max(30),
  addresses: z.array(addressInputSchema).max(10),
};

export const createContactSchema = z
  .object({
    ...contactFields,
    salutation: contactFields.salutation.default(null),
    title: contactFields.title.default(null),
    firstName: contactFields.firstName.default(null),
    language: contactFields.language.default('de'),
    birthday: contactFields.birthday.default(null),
    preferredChannel: contactFields.preferredChannel.default(null),
    doNotContact: contactFields.doNotContact.default(false),
    marketingConsent: contactFields.marketingConsent.default(false),
    ownerId: contactFields.ownerId.optional(),
    tags: contactFields.tags.default([]),
    emails: contactFields.emails.default([]),
    phones: contactFields.phones.default([]),
    employments: contactFields.employments.default([]),
    addresses: contactFields.addresses.default([]),
  })
  .strict();

export const updateContactSchema = z
  .object({
    version: versionSchema,
    ...Object.fromEntries(Object.entries(contactFields).map(([k, v]) => [k, v.optional()])),
  })
  .strict() as z.ZodType<{ version: number } & Partial<z.output<z.ZodObject<typeof contactFields>>>>;

export const contactSchema = z.object({
  id: z.string(),
  salutation: z.enum(SALUTATIONS).nullable(),
  title: z.string().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string(),
  name: z.string(),
  language: languageSchema,
  birthday: z.string().nullable(),
  preferredChannel: z.enum(CHANNELS).nullable(),
  doNotContact: z.boolean(),
  marketingConsent: z.boolean(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  position: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  emails: z.array(z.object({ type: z.enum(EMAIL_TYPES), address: z.string() })),
  phones: z.array(z.object({ type: z.enum(PHONE_TYPES), number: z.string() })),
  employments: z.array(
    z.object({
      id: z.string(),
      organizationId: z.string(),
      organizationName: z.string().nullable(),
      position: z.string().nullable(),
      department: z.string().nullable(),
      startDate: z.string().nullable(),
      endDate: z.string().nullable(),
      isMainContact: z.boolean(),
    }),
  ),
  addresses: z.array(addressSchema),
  /** True when `addresses` are the current organisation's, because the contact has none of its own (M3). */
  addressesInherited: z.boolean(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
  version: z.number().int(),
});
export type Contact = z.infer<typeof contactSchema>;
