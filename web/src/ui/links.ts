/** A `tel:` link for a phone number as typed: only its digits and plus sign. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
