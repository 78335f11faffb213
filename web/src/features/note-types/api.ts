import { type NoteType, type noteTypeInputSchema, noteTypeSchema } from '@kontor/domain/activities';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../ui/api';
import { activitiesKey, refreshActivities } from '../activities/api';

export type NoteTypeInput = z.input<typeof noteTypeInputSchema>;

const API = '/api/activity-note-types';
const allNoteTypesKey = [...activitiesKey, 'note-types', 'all'] as const;
const listSchema = z.object({ items: z.array(noteTypeSchema) });

/** Every note type, also those switched off, in the order recording offers them. */
export function useAllNoteTypes() {
  return useQuery({
    queryKey: allNoteTypesKey,
    queryFn: async () => (await apiRequest(`${API}?all=true`, { schema: listSchema })).items,
  });
}

/** Adds a note type (null) or replaces one's settings; the recording forms' lists refresh. */
export function useSaveNoteType(noteType: NoteType | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NoteTypeInput) =>
      noteType
        ? apiRequest(`${API}/${encodeURIComponent(noteType.id)}`, {
            method: 'PUT',
            body: input,
            schema: noteTypeSchema,
          })
        : apiRequest(API, { method: 'POST', body: input, schema: noteTypeSchema }),
    onSuccess: () => refreshActivities(queryClient),
  });
}
