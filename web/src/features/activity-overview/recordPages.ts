import { LINKABLE_TYPES } from '@kontor/domain/activities';

type LinkableType = (typeof LINKABLE_TYPES)[number];

/** Where a linked record lives: its API (for its name) and its page. Types join as their issues build them. */
const RECORD_PAGES: Partial<Record<LinkableType, { api: string; page: string }>> = {
  organization: { api: '/api/organizations', page: '/organizations' },
  contact: { api: '/api/contacts', page: '/contacts' },
};

export function isLinkableType(type: string | null): type is LinkableType {
  return LINKABLE_TYPES.includes(type as LinkableType);
}

/** The page of a linked record, or null while its record type has no page yet. */
export function recordHref(type: string, id: string): string | null {
  const pages = isLinkableType(type) ? RECORD_PAGES[type] : undefined;
  return pages ? `${pages.page}/${encodeURIComponent(id)}` : null;
}

/** The API path of one record, for its display name; null for types without a module yet. */
export function recordApiPath(type: string, id: string): string | null {
  const pages = isLinkableType(type) ? RECORD_PAGES[type] : undefined;
  return pages ? `${pages.api}/${encodeURIComponent(id)}` : null;
}
