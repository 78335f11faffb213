import { problemSchema } from '@kontor/domain/problem';
import { type DuplicatePolicy, type VcardImportResult, vcardImportResultSchema } from '@kontor/domain/vcard';
import { ApiError } from '../../ui/api';

/** The contact's card for download; the session cookie authenticates the plain link. */
export const vcardHref = (contactId: string) => `/api/contacts/${encodeURIComponent(contactId)}/vcard`;

/**
 * Sends the .vcf as the raw request body (text/vcard, whatever the browser guessed for the
 * file); not through apiRequest, which sends JSON.
 */
export async function uploadVcard(
  file: File,
  options: { dryRun: boolean; duplicates: DuplicatePolicy },
  csrfToken: string,
): Promise<VcardImportResult> {
  const params = new URLSearchParams({ dryRun: String(options.dryRun), duplicates: options.duplicates });
  let response: Response;
  try {
    response = await fetch(`/api/contacts/vcard?${params}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': document.documentElement.lang || 'de',
        'Content-Type': 'text/vcard',
        'X-CSRF-Token': csrfToken,
      },
      body: file,
    });
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'network', status: 0 });
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = problemSchema.safeParse(body);
    throw new ApiError(
      problem.success
        ? problem.data
        : { type: 'about:blank', title: response.statusText, status: response.status },
    );
  }
  return vcardImportResultSchema.parse(body);
}
