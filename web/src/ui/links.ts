/** A `tel:` link for a phone number as typed: only its digits and plus sign. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** Where each record type's detail page lives, for links from search, timelines and notifications. */
const RECORD_PATHS: Partial<Record<string, string>> = {
  organization: '/organizations',
  contact: '/contacts',
  lead: '/leads',
  opportunity: '/opportunities',
  quotation: '/quotations',
  order: '/orders',
};

/** The detail page of a record, or null for a type without one. */
export function recordPath(recordType: string, recordId: string): string | null {
  const base = RECORD_PATHS[recordType];
  return base ? `${base}/${encodeURIComponent(recordId)}` : null;
}

/** Where each record type's list lives, for links to the records behind a report's figure. */
const LIST_PATHS: Partial<Record<string, string>> = {
  ...RECORD_PATHS,
  campaign: '/campaigns',
  product: '/products',
};

/** The list page of a record type with these filters (`?filter.<key>=<text>`), or null for a type without one. */
export function listPath(recordType: string, filter: Record<string, string> = {}): string | null {
  const base = LIST_PATHS[recordType];
  if (!base) return null;
  const params = new URLSearchParams();
  for (const [key, text] of Object.entries(filter)) params.set(`filter.${key}`, text);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
