import { LINKABLE_TYPES } from '@kontor/domain/activities';

type LinkableType = (typeof LINKABLE_TYPES)[number];

/** Where a record's name comes from: its own API. Types join as their issues build them. */
const RECORD_APIS: Partial<Record<LinkableType, string>> = {
  organization: '/api/organizations',
  contact: '/api/contacts',
};

export function isLinkableType(type: string | null): type is LinkableType {
  return LINKABLE_TYPES.includes(type as LinkableType);
}

/** The API path of one record, for its display name; null for types without a module yet. */
export function recordApiPath(type: string, id: string): string | null {
  const api = isLinkableType(type) ? RECORD_APIS[type] : undefined;
  return api ? `${api}/${encodeURIComponent(id)}` : null;
}
