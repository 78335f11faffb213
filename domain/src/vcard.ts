import { z } from 'zod';

/** vCard import and export of contacts (M5): the shapes both the server and the web app use. */
export const VCARD_VERSIONS = ['3.0', '4.0'] as const;
export const DUPLICATE_POLICIES = ['skip', 'update', 'create'] as const;
export const CARD_STATUSES = ['created', 'updated', 'skipped', 'failed'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];
export type CardStatus = (typeof CARD_STATUSES)[number];

export const vcardVersionQuerySchema = z.object({ version: z.enum(VCARD_VERSIONS).default('4.0') });

/** `POST /api/contacts/vcard?dryRun=true&duplicates=update`: query strings carry text, so "true"/"false". */
export const vcardImportQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  duplicates: z.enum(DUPLICATE_POLICIES).default('skip'),
});

export const cardResultSchema = z.object({
  /** The card's position in the file, from 1. */
  index: z.number().int(),
  /** The line of its BEGIN:VCARD. */
  line: z.number().int(),
  name: z.string(),
  status: z.enum(CARD_STATUSES),
  /** The contact created, updated or matched; null when it failed or a dry run would create it. */
  contactId: z.string().nullable(),
  /** What happened and any remarks, in the caller's language. */
  messages: z.array(z.string()),
});
export type CardResult = z.infer<typeof cardResultSchema>;

export const vcardImportResultSchema = z.object({
  dryRun: z.boolean(),
  counts: z.object({
    created: z.number().int(),
    updated: z.number().int(),
    skipped: z.number().int(),
    failed: z.number().int(),
  }),
  results: z.array(cardResultSchema),
});
export type VcardImportResult = z.infer<typeof vcardImportResultSchema>;
