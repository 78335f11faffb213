import { z } from 'zod';

/** One entry of a record's field history (X4): who changed which field from what to what. */
export const fieldChangeSchema = z.object({
  id: z.string(),
  field: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  changedAt: z.string(),
  changedBy: z.string().nullable(),
  changedByName: z.string().nullable(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;
