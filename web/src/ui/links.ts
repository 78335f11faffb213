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
