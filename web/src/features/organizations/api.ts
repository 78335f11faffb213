import { contactSchema } from '@kontor/domain/contacts';
import { duplicateReasonSchema } from '@kontor/domain/duplicates';
import { listResponseSchema } from '@kontor/domain/fields';
import { fieldChangeSchema } from '@kontor/domain/history';
import {
  type createOrganizationSchema,
  organizationSchema,
  type updateOrganizationSchema,
} from '@kontor/domain/organizations';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../ui/api';
import type { ListParams } from '../../ui/recordListTypes';

export const organizationsKey = ['organizations'] as const;
export const ORGANIZATIONS_API = '/api/organizations';
const organizationKey = (id: string) => [...organizationsKey, 'one', id] as const;

export type CreateOrganizationInput = z.input<typeof createOrganizationSchema>;
export type UpdateOrganizationInput = z.input<typeof updateOrganizationSchema>;

const listSchema = listResponseSchema(organizationSchema);
const historySchema = z.object({ items: z.array(fieldChangeSchema) });
const contactsSchema = z.object({ items: z.array(contactSchema) });
const childrenSchema = z.object({ items: z.array(organizationSchema) });
const duplicatesSchema = z.object({
  items: z.array(z.object({ organization: organizationSchema, reasons: z.array(duplicateReasonSchema) })),
});

const path = (id: string) => `/api/organizations/${encodeURIComponent(id)}`;

/** One page of the organisations list; the filter texts go to the server as typed. */
export function fetchOrganizationsPage({ filter, sort, limit, cursor }: ListParams) {
  const params = new URLSearchParams();
  for (const [key, text] of Object.entries(filter)) params.set(`filter[${key}]`, text);
  params.set('sort', sort);
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return apiRequest(`/api/organizations?${params}`, { schema: listSchema });
}

export function useOrganization(id: string) {
  return useQuery({
    queryKey: organizationKey(id),
    queryFn: () => apiRequest(path(id), { schema: organizationSchema }),
  });
}

export function useOrganizationHistory(id: string) {
  return useQuery({
    queryKey: [...organizationKey(id), 'history'],
    queryFn: async () => (await apiRequest(`${path(id)}/history`, { schema: historySchema })).items,
  });
}

/** Contacts currently working for the organisation (its "Kontakte" tab). */
export function useOrganizationContacts(id: string, enabled = true) {
  return useQuery({
    queryKey: [...organizationKey(id), 'contacts'],
    queryFn: async () => (await apiRequest(`${path(id)}/contacts`, { schema: contactsSchema })).items,
    enabled,
  });
}

/** The direct child organisations the user may see. */
export function useOrganizationChildren(id: string) {
  return useQuery({
    queryKey: [...organizationKey(id), 'children'],
    queryFn: async () => (await apiRequest(`${path(id)}/children`, { schema: childrenSchema })).items,
  });
}

export interface OrganizationDuplicateQuery {
  name?: string;
  vatId?: string;
  city?: string;
  excludeId?: string;
}

/** Likely duplicates of an organisation being entered (M4): same VAT id, or similar name in the same city. */
export function useOrganizationDuplicates(query: OrganizationDuplicateQuery) {
  const cleaned = Object.fromEntries(
    Object.entries(query).filter(([, value]) => typeof value === 'string' && value.trim() !== ''),
  ) as Record<string, string>;
  return useQuery({
    queryKey: [...organizationsKey, 'duplicates', cleaned],
    queryFn: async () =>
      (
        await apiRequest(`/api/organizations/duplicates?${new URLSearchParams(cleaned)}`, {
          schema: duplicatesSchema,
        })
      ).items,
    enabled: Boolean(cleaned.name || cleaned.vatId),
    placeholderData: (previous) => previous,
  });
}

/** Organisations whose name starts with what was typed, for the merge picker. */
export function useOrganizationNameSearch(typed: string) {
  const cleaned = typed.replace(/[&|()"<>=!*\\]/g, ' ').trim();
  return useQuery({
    queryKey: [...organizationsKey, 'search', cleaned],
    queryFn: async () => {
      const params = new URLSearchParams({ 'filter[name]': `${cleaned}*`, limit: '20' });
      return (await apiRequest(`/api/organizations?${params}`, { schema: listSchema })).items;
    },
    enabled: cleaned.length > 0,
    placeholderData: (previous) => previous,
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateOrganizationInput) =>
      apiRequest('/api/organizations', { method: 'POST', body: input, schema: organizationSchema }),
    onSuccess: (created) => {
      queryClient.setQueryData(organizationKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: organizationsKey });
    },
  });
}

export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateOrganizationInput) =>
      apiRequest(path(id), { method: 'PATCH', body: input, schema: organizationSchema }),
    onSuccess: (saved) => {
      queryClient.setQueryData(organizationKey(id), saved);
      // Lists, children's parent names and this record's history all may show the change.
      void queryClient.invalidateQueries({ queryKey: organizationsKey });
    },
  });
}

export function useDeleteOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest(path(id), { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: organizationKey(id) });
      void queryClient.invalidateQueries({ queryKey: organizationsKey });
    },
  });
}

export function reloadOrganization(queryClient: ReturnType<typeof useQueryClient>, id: string) {
  return queryClient.invalidateQueries({ queryKey: organizationKey(id) });
}
