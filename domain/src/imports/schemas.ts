import { z } from 'zod';
import { IMPORT_FIELDS, type ImportType, importTypeSchema, type Mapping } from './fields.js';

export const DUPLICATE_POLICIES = ['skip', 'update', 'create'] as const;
export const duplicatePolicySchema = z.enum(DUPLICATE_POLICIES);
export type DuplicatePolicy = z.infer<typeof duplicatePolicySchema>;

export const IMPORT_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** An upload may hold this many bytes; larger files are refused while streaming (413). */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
/** The first rows the preview shows. */
export const PREVIEW_ROWS = 20;

export const uploadQuerySchema = z.object({
  type: importTypeSchema,
  fileName: z.string().trim().max(200).default('import'),
});

const rowErrorSchema = z.object({
  column: z.number().int().nullable(),
  field: z.string(),
  code: z.string(),
  problem: z.string().optional(),
});

export const uploadSchema = z.object({
  uploadId: z.string(),
  type: importTypeSchema,
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  headers: z.array(z.string()),
  /** Data rows in the file (header and blank rows not counted). */
  rows: z.number().int(),
  mapping: z.array(z.string().nullable()),
  /** The first rows' cells as read, so the mapping can be changed and previewed without asking again. */
  sampleRows: z.array(z.object({ rowNumber: z.number().int(), cells: z.array(z.string()) })),
  /** The first rows as the suggested mapping would save them. */
  preview: z.array(
    z.object({
      rowNumber: z.number().int(),
      record: z.record(z.string(), z.unknown()).nullable(),
      errors: z.array(rowErrorSchema),
    }),
  ),
});
export type Upload = z.infer<typeof uploadSchema>;

export const startImportSchema = z
  .object({
    uploadId: z.string().max(64),
    mapping: z.array(z.string().max(40).nullable()).max(500),
    dryRun: z.boolean().default(false),
    duplicatePolicy: duplicatePolicySchema.default('skip'),
  })
  .strict();
export type StartImport = z.output<typeof startImportSchema>;

export const importJobSchema = z.object({
  id: z.string(),
  type: importTypeSchema,
  status: z.enum(IMPORT_STATUSES),
  fileName: z.string(),
  dryRun: z.boolean(),
  duplicatePolicy: duplicatePolicySchema,
  mapping: z.array(z.string().nullable()),
  totalRows: z.number().int(),
  rowsRead: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
  /** The last file row whose outcome is committed: every row up to it is written or reported, none after. */
  lastRow: z.number().int().nullable(),
  /** Why the whole job stopped (failed), worded in the caller's language. */
  error: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

export type MappingProblem =
  | { column: number; code: 'unknown-import-field' | 'import-field-twice' }
  | { column: null; code: 'import-field-missing'; field: string };

/**
 * What is wrong with a chosen mapping: fields the type does not have, a field chosen for two
 * columns, or no column for a required field (contacts: last name or full name).
 */
export function checkMapping(type: ImportType, mapping: Mapping): MappingProblem[] {
  const keys = new Set(IMPORT_FIELDS[type].map((field) => field.key));
  const problems: MappingProblem[] = [];
  const seen = new Set<string>();
  mapping.forEach((field, column) => {
    if (field === null) return;
    if (!keys.has(field)) problems.push({ column, code: 'unknown-import-field' });
    else if (seen.has(field)) problems.push({ column, code: 'import-field-twice' });
    seen.add(field);
  });
  const required = type === 'contact' ? ['lastName', 'fullName'] : ['name'];
  if (!required.some((field) => seen.has(field)))
    problems.push({ column: null, code: 'import-field-missing', field: required[0] as string });
  return problems;
}
