import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './content-disposition.js';

describe('attachmentDisposition', () => {
  it('keeps quotes, backslashes and non-ASCII out of the plain name and spells them exactly in filename*', () => {
    expect(attachmentDisposition('Grüße "Q1"\\ß.pdf')).toBe(
      `attachment; filename="Gruesse _Q1__ss.pdf"; filename*=UTF-8''Gr%C3%BC%C3%9Fe%20%22Q1%22%5C%C3%9F.pdf`,
    );
  });

  it('encodes the characters RFC 5987 leaves out of attr-char', () => {
    expect(attachmentDisposition("it's (1)*.txt")).toBe(
      `attachment; filename="it's (1)*.txt"; filename*=UTF-8''it%27s%20%281%29%2A.txt`,
    );
  });

  it('falls back to a neutral name when nothing ASCII is left', () => {
    expect(attachmentDisposition('日本')).toBe(
      `attachment; filename="__"; filename*=UTF-8''%E6%97%A5%E6%9C%AC`,
    );
  });
});
