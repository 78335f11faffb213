export const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'windows-1252'] as const;
export type TextEncodingName = (typeof ENCODINGS)[number];

/**
 * The encoding of a text file from its first bytes: a byte-order mark decides; otherwise a
 * sample that is valid UTF-8 is UTF-8, and anything else is Windows-1252 (what German Excel
 * writes as "CSV (Trennzeichen-getrennt)"). Windows-1252 decodes every byte, so the answer is
 * always usable.
 */
export function detectEncoding(sample: Uint8Array): TextEncodingName {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8-bom';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  try {
    // stream: true lets a character cut off at the sample's end pass; only real errors throw.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/**
 * A streaming decoder for the detected encoding. The BOM is dropped; bytes that are invalid in
 * the detected UTF-8 (after the sample) become U+FFFD rather than failing the whole import.
 */
export interface StreamDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

export function textDecoderFor(encoding: TextEncodingName): StreamDecoder {
  if (encoding === 'windows-1252') return new TextDecoder('windows-1252');
  if (encoding === 'utf-16le') return new TextDecoder('utf-16le');
  return new TextDecoder('utf-8');
}

/** Stored text must not hold U+0000 (PostgreSQL refuses it); it never carries meaning in a CSV. */
export function stripNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}
