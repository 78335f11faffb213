import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainText, sanitizeRichText } from './rich-text.js';

describe('rich text sanitiser (A10)', () => {
  it.each([
    ['<p>Hallo<script>alert(1)</script></p>', '<p>Hallo</p>'],
    ['<p onclick="alert(1)">Klick</p>', '<p>Klick</p>'],
    ['<img src=x onerror="alert(1)">Bild', 'Bild'],
    ['<iframe src="https://evil.example"></iframe><p>Text</p>', '<p>Text</p>'],
    [
      '<a href="javascript:alert(1)">Link</a>',
      '<a rel="noopener noreferrer nofollow" target="_blank">Link</a>',
    ],
    ['<a href="//evil.example">x</a>', '<a rel="noopener noreferrer nofollow" target="_blank">x</a>'],
    [
      '<a href="https://kontor.example/x" onmouseover="x()">Kontor</a>',
      '<a href="https://kontor.example/x" rel="noopener noreferrer nofollow" target="_blank">Kontor</a>',
    ],
    ['<p style="background:url(javascript:x)">Stil</p>', '<p>Stil</p>'],
    ['<svg><script>alert(1)</script></svg>OK', 'OK'],
    ['<form action="/x"><input name="a"></form>Formular', 'Formular'],
    ['<span data-mention="u1" class="x">@Ada Admin</span>', '<span data-mention="u1">@Ada Admin</span>'],
    [
      '<p><strong>fett</strong> <em>kursiv</em></p><ul><li>eins</li></ul>',
      '<p><strong>fett</strong> <em>kursiv</em></p><ul><li>eins</li></ul>',
    ],
    ['<style>p{color:red}</style><p>x</p>', '<p>x</p>'],
    ['<p>  </p>', null],
    ['', null],
  ])('%s', (input, expected) => {
    expect(sanitizeRichText(input)).toBe(expected);
  });

  it('keeps nothing executable whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '<script>',
            '</script>',
            '<img src=x onerror=alert(1)>',
            '<a href="javascript:x">',
            '</a>',
            '<p>',
            '</p>',
            '<iframe>',
            'onload=',
            'text',
            '<',
            '>',
            '"',
            '<svg onload=x>',
            '<span data-mention="1" onclick="x">',
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          const clean = sanitizeRichText(parts.join('')) ?? '';
          expect(clean).not.toMatch(/<script|<iframe|<img|<svg|javascript:|\son\w+=/i);
        },
      ),
    );
  });

  it('reads the plain text of a note for the full-text filter', () => {
    expect(plainText('<p>Rückruf&nbsp;bei <strong>Müller</strong></p><p>&amp; Söhne</p>')).toBe(
      'Rückruf bei Müller & Söhne',
    );
    expect(plainText(null)).toBe('');
  });
});
