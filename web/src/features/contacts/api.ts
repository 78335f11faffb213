import { contactSchema, type createContactSchema, type updateContactSchema } from '@kontor/domain/contacts';
import { duplicateReasonSchema } from '@kontor/domain/duplicates';
import { listResponseSchema } from '@kontor/domain/fields';
import { fieldChangeSchema } from '@kontor/domain/history';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../ui/api';
import type { ListParams } from '../../ui/recordListTypes';

export const contactsKey = ['contacts'] as const;
const contactKey = (id: string) => [...contactsKey, 'one', id] as const;
export const CONTACTS_API = '/api/contacts';

export type CreateContactInput = z.input<typeof createContactSchema>;
export type UpdateContactInput = z.input<typeof updateContactSchema>;

const listSchema = listResponseSchema(contactSchema);
const historySchema = z.object({ items: z.array(fieldChangeSchema) });
const duplicatesSchema = z.object({
  items: z.array(z.object({ contact: contactSchema, reasons: z.array(duplicateReasonSchema) })),
});

const path = (id: string) => `${CONTACTS_API}/${encodeURIComponent(id)}`;

/** One page of the contacts list; the filter texts go to the server as typed. */
export function fetchContactsPage({ filter, sort, limit, cursor }: ListParams) {
  const params = new URLSearchParams();
  for (const [key, text] of Object.entries(filter)) params.set(`filter[${key}]`, text);
  params.set('sort', sort);
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return apiRequest(`${CONTACTS_API}?${params}`, { schema: listSchema });
}

export function useContact(id: string) {
  return useQuery({
    queryKey: contactKey(id),
    queryFn: () => apiRequest(path(id), { schema: contactSchema }),
  });
}

export function useContactHistory(id: string) {
  return useQuery({
    queryKey: [...contactKey(id), 'history'],
    queryFn: async () => (await apiRequest(`${path(id)}/history`, { schema: historySchema })).items,
  });
}

export interface DuplicateQuery {
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  city?: string;
  excludeId?: string;
}

/** Likely duplicates of the person being entered (M4); nothing is asked until there is something to compare. */
export function useContactDuplicates(query: DuplicateQuery) {
  const cleaned = Object.fromEntries(
    Object.entries(query).filter(([, value]) => typeof value === 'string' && value.trim() !== ''),
  ) as Record<string, string>;
  const enough = Boolean(cleaned.email || cleaned.phone || (cleaned.lastName && cleaned.city));
  return useQuery({
    queryKey: [...contactsKey, 'duplicates', cleaned],
    queryFn: async () =>
      (
        await apiRequest(`${CONTACTS_API}/duplicates?${new URLSearchParams(cleaned)}`, {
          schema: duplicatesSchema,
        })
      ).items,
    enabled: enough,
    placeholderData: (previous) => previous,
  });
}

/** Contacts whose name starts with what was typed, for the merge picker. */
export function useContactSearch(typed: string) {
  const cleaned = typed.replace(/[&|()"<>=!*\\]/g, ' ').trim();
  return useQuery({
    queryKey: [...contactsKey, 'search', cleaned],
    queryFn: async () => {
      const params = new URLSearchParams({ 'filter[name]': `${cleaned}*`, limit: '20' });
      return (await apiRequest(`${CONTACTS_API}?${params}`, { schema: listSchema })).items;
    },
    enabled: cleaned.length > 0,
    placeholderData: (previous) => previous,
  });
}

export function useCreateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateContactInput) =>
      apiRequest(CONTACTS_API, { method: 'POST', body: input, schema: contactSchema }),
    onSuccess: (created) => {
      queryClient.setQueryData(contactKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: contactsKey });
      // The organisation's contacts tab shows the new contact.
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
    },
  });
}

export function useUpdateContact(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateContactInput) =>
      apiRequest(path(id), { method: 'PATCH', body: input, schema: contactSchema }),
    onSuccess: (saved) => {
      queryClient.setQueryData(contactKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: contactsKey });
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
    },
  });
}

export function useDeleteContact(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(path(id), { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: contactKey(id) });
      void queryClient.invalidateQueries({ queryKey: contactsKey });
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
    },
  });
}
