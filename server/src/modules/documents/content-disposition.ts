/**
 * `Content-Disposition: attachment` for a stored file name: an ASCII `filename=` for old
 * clients (umlauts spelt out, anything else unsafe replaced) and the exact name as RFC 5987
 * `filename*=UTF-8''…` for all current browsers. Quotes, backslashes and control characters
 * never reach the header, so the name cannot end the parameter or inject another header.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii =
    fileName
      .replace(/[äöüÄÖÜß]/g, (c) => SPELLED[c] ?? c)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]|["\\%;]/g, '_')
      .trim() || 'download';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

const SPELLED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };

// RFC 5987 attr-char allows ALPHA / DIGIT / "!#$&+-.^_`|~"; everything else is percent-encoded.
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
