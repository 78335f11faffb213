import { z } from 'zod';
import { enumFilterValues, fieldOf, type RecordTypeDef } from './fields.js';
import { compileFilter, type FilterField } from './filter/conditions.js';
import type { FilterError } from './filter/errors.js';
import { versionSchema } from './records.js';

/** Who sees a saved view besides its owner: nobody, or the members of one team. */
export const VIEW_VISIBILITIES = ['private', 'team'] as const;
export const viewVisibilitySchema = z.enum(VIEW_VISIBILITIES);
export type ViewVisibility = z.infer<typeof viewVisibilitySchema>;

export const viewNameSchema = z.string().trim().min(1, { message: 'Pflichtfeld' }).max(80);

/**
 * What a list shows, as the URL holds it: filter text per field (the filter language), the sort
 * (a field key, `-` in front for descending; none = the record type's default) and the visible
 * columns in order (none = the record type's default columns).
 */
export const viewStateSchema = z
  .object({
    filters: z.record(z.string().max(64), z.string().max(1000)).default({}),
    sort: z.string().min(1).max(65).nullable().default(null),
    columns: z.array(z.string().min(1).max(64)).max(200).default([]),
  })
  .strict();
export type ViewState = z.infer<typeof viewStateSchema>;

export const savedViewSchema = z.object({
  id: z.string(),
  recordType: z.string(),
  name: z.string(),
  state: viewStateSchema,
  visibility: viewVisibilitySchema,
  teamId: z.string().nullable(),
  teamName: z.string().nullable(),
  ownerId: z.string(),
  ownerName: z.string(),
  /** True when the caller owns it and so may rename, change or delete it. */
  mine: z.boolean(),
  /** True when it is the caller's default view: their list opens with it. */
  isDefault: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type SavedView = z.infer<typeof savedViewSchema>;

/** A team view names its team; a private one names none. */
function teamMatchesVisibility(
  input: { visibility?: ViewVisibility; teamId?: string | null },
  context: z.RefinementCtx,
): void {
  if (input.visibility === 'team' && !input.teamId) {
    context.addIssue({ code: 'custom', path: ['teamId'], message: 'Pflichtfeld' });
  }
  if (input.visibility === 'private' && input.teamId) {
    context.addIssue({ code: 'custom', path: ['teamId'], message: 'Nur bei Team-Ansichten' });
  }
}

const teamIdSchema = z.string().min(1).max(64).nullable().optional();

export const createSavedViewSchema = z
  .object({
    recordType: z.string().min(1).max(64),
    name: viewNameSchema,
    state: viewStateSchema,
    visibility: viewVisibilitySchema.default('private'),
    teamId: teamIdSchema,
  })
  .strict()
  .superRefine(teamMatchesVisibility);
export type CreateSavedView = z.output<typeof createSavedViewSchema>;

/** Visibility and team change together, so a view is never shared with no team or a team while private. */
export const updateSavedViewSchema = z
  .object({
    version: versionSchema,
    name: viewNameSchema.optional(),
    state: viewStateSchema.optional(),
    visibility: viewVisibilitySchema.optional(),
    teamId: teamIdSchema,
  })
  .strict()
  .superRefine((input, context) => {
    if (input.teamId !== undefined && input.visibility === undefined) {
      context.addIssue({ code: 'custom', path: ['visibility'], message: 'Pflichtfeld' });
    }
    teamMatchesVisibility(input, context);
  });
export type UpdateSavedView = z.output<typeof updateSavedViewSchema>;

export const savedViewListQuerySchema = z.object({ recordType: z.string().min(1).max(64) }).strict();

/** The caller's default view of a record type's list; null clears it ("Alle" again). */
export const defaultViewSchema = z
  .object({ recordType: z.string().min(1).max(64), viewId: z.string().min(1).max(64).nullable() })
  .strict();

/** What is wrong with a view state for a record type: fields it lacks, and malformed filters. */
export interface ViewStateProblems {
  /** Paths such as `state.filters.shoeSize`, `state.sort`, `state.columns.2`. */
  unknownFields: string[];
  filterErrors: { path: string; error: FilterError }[];
}

/**
 * Checks a view state against the record type's field metadata, the same rules the list applies
 * to its query: filters only on filterable fields and in the filter language, sort only by
 * sortable ones, columns only of existing fields. Empty filter texts are dropped and repeated
 * columns kept once, so a stored state is what the list would show.
 */
export function checkViewState(
  record: RecordTypeDef,
  state: ViewState,
  language: 'de' | 'en',
): { state: ViewState; problems: ViewStateProblems | null } {
  const unknownFields: string[] = [];
  const filterErrors: ViewStateProblems['filterErrors'] = [];
  const filters: Record<string, string> = {};
  for (const [key, text] of Object.entries(state.filters)) {
    const field = fieldOf(record, key);
    const path = `state.filters.${key}`;
    if (!field?.filterable) {
      unknownFields.push(path);
      continue;
    }
    if (text.trim() === '') continue;
    const filterField: FilterField = {
      type: field.kind === 'enumSet' ? 'enum' : field.kind,
      enumValues: enumFilterValues(field),
    };
    const compiled = compileFilter(text, filterField, { language });
    if (compiled.ok) filters[key] = text;
    else for (const error of compiled.errors) filterErrors.push({ path, error });
  }
  if (state.sort !== null) {
    const key = state.sort.startsWith('-') ? state.sort.slice(1) : state.sort;
    if (!fieldOf(record, key)?.sortable) unknownFields.push('state.sort');
  }
  state.columns.forEach((key, index) => {
    if (!fieldOf(record, key)) unknownFields.push(`state.columns.${index}`);
  });
  const problems =
    unknownFields.length > 0 || filterErrors.length > 0 ? { unknownFields, filterErrors } : null;
  return { state: { filters, sort: state.sort, columns: [...new Set(state.columns)] }, problems };
}
