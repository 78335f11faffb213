import { type DuplicatePolicy, type VcardImportResult, vcardImportResultSchema } from '@kontor/domain/vcard';
import { apiRequest } from '../../ui/api';

/** The contact's card for download; the session cookie authenticates the plain link. */
export const vcardHref = (contactId: string) => `/api/contacts/${encodeURIComponent(contactId)}/vcard`;

/**
 * Sends the .vcf as the raw request body (text/vcard, whatever the browser guessed for the
 * file).
 */
export function uploadVcard(
  file: File,
  options: { dryRun: boolean; duplicates: DuplicatePolicy },
): Promise<VcardImportResult> {
  const params = new URLSearchParams({ dryRun: String(options.dryRun), duplicates: options.duplicates });
  return apiRequest(`/api/contacts/vcard?${params}`, {
    method: 'POST',
    raw: { content: file, contentType: 'text/vcard' },
    schema: vcardImportResultSchema,
  });
}
