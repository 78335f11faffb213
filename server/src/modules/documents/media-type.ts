import { fileTypeFromBuffer } from 'file-type';

// file-type reads signatures near the start; some containers (ZIP-based office files) need a
// few kilobytes more than the usual 4 KiB.
const HEAD_BYTES = 64 * 1024;

/**
 * Works out a file's media type from its bytes as they stream past, never from the name or the
 * type the browser claims: a known signature names the type; otherwise content that is valid
 * UTF-8 throughout is text/plain; anything else application/octet-stream.
 */
export class TypeSniffer {
  private readonly head: Buffer[] = [];
  private headLength = 0;
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  private isText = true;

  readonly push = (chunk: Buffer): void => {
    if (this.headLength < HEAD_BYTES) {
      const part = chunk.subarray(0, HEAD_BYTES - this.headLength);
      this.head.push(part);
      this.headLength += part.length;
    }
    if (this.isText) this.isText = this.decodes(chunk, true);
  };

  async mediaType(): Promise<string> {
    const detected = await fileTypeFromBuffer(Buffer.concat(this.head));
    if (detected) return detected.mime;
    // A sequence cut off at the very end is not valid UTF-8 either: the final flush checks it.
    return this.isText && this.decodes(new Uint8Array(), false) ? 'text/plain' : 'application/octet-stream';
  }

  private decodes(bytes: Uint8Array, more: boolean): boolean {
    try {
      this.utf8.decode(bytes, { stream: more });
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * The type a download is served as. Types a browser would run or render with scripts (HTML,
 * SVG, XML, JavaScript) are served as plain bytes, so an uploaded file can never act inside
 * Kontor's origin, even if someone opens the link directly.
 */
export function servedMediaType(mediaType: string): string {
  const type = mediaType.toLowerCase();
  const active =
    type === 'text/html' ||
    type === 'application/xhtml+xml' ||
    type.endsWith('+xml') ||
    type.endsWith('/xml') ||
    type.includes('javascript') ||
    type.includes('ecmascript');
  if (active) return 'application/octet-stream';
  return type === 'text/plain' ? 'text/plain; charset=utf-8' : type;
}
