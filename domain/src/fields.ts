import { z } from 'zod';

/** How a field's values are stored, filtered and shown; the filter language types by this. */
export type FieldKind = 'text' | 'number' | 'money' | 'date' | 'datetime' | 'enum' | 'enumSet' | 'boolean';

export interface Label {
  de: string;
  en: string;
}

export interface EnumOption {
  value: string;
  label: Label;
}

/**
 * One field of a record type, declared once: lists, filters, sorting, exports, forms and the
 * field history all read this, so a new field (or an admin's custom field) needs no new list code.
 */
export interface FieldDef {
  /** The API name (camelCase). */
  key: string;
  kind: FieldKind;
  label: Label;
  options?: readonly EnumOption[];
  /** Shown in a list unless the user chose other columns. */
  defaultColumn?: boolean;
  sortable?: boolean;
  filterable?: boolean;
}

export interface RecordTypeDef {
  type: string;
  label: { singular: Label; plural: Label };
  fields: readonly FieldDef[];
  /** The list's default order: a field key, `-` in front for descending. */
  defaultSort: string;
}

/** The field of a record type with this key, or undefined. */
export function fieldOf(record: RecordTypeDef, key: string): FieldDef | undefined {
  return record.fields.find((field) => field.key === key);
}

/** The labels by which the filter language recognises an enum option (value, German, English). */
export function enumFilterValues(field: FieldDef): { value: string; labels: string[] }[] {
  return (field.options ?? []).map((option) => ({
    value: option.value,
    labels: [option.label.de, option.label.en],
  }));
}

const listQueryObject = z
  .object({
    filter: z.record(z.string().max(64), z.string().max(1000)).default({}),
    sort: z.string().max(65).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(1000).optional(),
  })
  .strict();

/**
 * Query parameters every list endpoint takes. Query strings arrive flat, so `filter[name]=…`
 * keys are gathered into one `filter` object first.
 */
export const listQuerySchema = z.preprocess(gatherFilterParams, listQueryObject);

/** An export of a list: its filters and sort, the columns (`cols=name,city`) and the file format. */
export const exportQuerySchema = z.preprocess(
  gatherFilterParams,
  listQueryObject.omit({ limit: true, cursor: true }).extend({
    format: z.enum(['csv', 'xlsx']).default('csv'),
    cols: z.string().max(2000).optional(),
  }),
);
export type ExportQuery = z.infer<typeof exportQuerySchema>;

export function gatherFilterParams(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const rest: Record<string, unknown> = {};
  const filter: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const match = /^filter\[(.+)\]$/.exec(key);
    if (match?.[1]) filter[match[1]] = value;
    else rest[key] = value;
  }
  return Object.keys(filter).length > 0 ? { ...rest, filter } : rest;
}
export type ListQuery = z.infer<typeof listQuerySchema>;

export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** One action on many selected records, all in one transaction (X2 bulk actions). */
export const bulkActionSchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('assign-owner'),
      ids: z.array(z.string().max(64)).min(1).max(1000),
      ownerId: z.string().max(64).nullable(),
    })
    .strict(),
  z
    .object({
      action: z.literal('add-tag'),
      ids: z.array(z.string().max(64)).min(1).max(1000),
      tag: z
        .string()
        .trim()
        .min(1)
        .max(60)
        .regex(/^[^,]+$/),
    })
    .strict(),
  z
    .object({
      action: z.literal('remove-tag'),
      ids: z.array(z.string().max(64)).min(1).max(1000),
      tag: z.string().trim().min(1).max(60),
    })
    .strict(),
  z.object({ action: z.literal('delete'), ids: z.array(z.string().max(64)).min(1).max(1000) }).strict(),
]);
export type BulkAction = z.infer<typeof bulkActionSchema>;
export const bulkResultSchema = z.object({ affected: z.number().int() });
