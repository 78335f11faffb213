import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, CsvReader, detectDelimiter, parseCsv } from './csv.js';
import { detectEncoding, textDecoderFor } from './encoding.js';

/** Reads bytes as the server does: detect, decode in chunks, parse in chunks. */
function readBytes(bytes: Uint8Array, chunk = 7): string[][] {
  const decoder = textDecoderFor(detectEncoding(bytes.subarray(0, 4096)));
  const sample = decoder.decode(bytes.subarray(0, 4096), { stream: true });
  const reader = new CsvReader(detectDelimiter(sample));
  const rows: string[][] = [];
  const fresh = textDecoderFor(detectEncoding(bytes.subarray(0, 4096)));
  for (let i = 0; i < bytes.length; i += chunk)
    rows.push(...reader.push(fresh.decode(bytes.subarray(i, i + chunk), { stream: true })));
  rows.push(...reader.push(fresh.decode()), ...reader.end());
  return rows;
}

describe('CSV reading', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks', () => {
    expect(parseCsv('a;"b;c";"say ""hi"""\r\n"multi\nline";x;\n', ';')).toEqual([
      ['a', 'b;c', 'say "hi"'],
      ['multi\nline', 'x', ''],
    ]);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const text = 'Name;Ort\r\n"Müller ""M"" GmbH";"Berlin\r\nMitte"\r\n\r\nMeier;Köln';
    const whole = parseCsv(text, ';');
    for (const size of [1, 2, 3, 5]) {
      const reader = new CsvReader(';');
      const rows: string[][] = [];
      for (let i = 0; i < text.length; i += size) rows.push(...reader.push(text.slice(i, i + size)));
      expect([...rows, ...reader.end()]).toEqual(whole);
    }
    expect(whole).toEqual([
      ['Name', 'Ort'],
      ['Müller "M" GmbH', 'Berlin\r\nMitte'],
      ['Meier', 'Köln'],
    ]);
  });

  it('reports an unclosed quote with the record where it starts', () => {
    expect(() => parseCsv('a;b\n"open;c\n', ';')).toThrow(CsvError);
    try {
      parseCsv('a;b\n"open;c\n', ';');
    } catch (error) {
      expect((error as CsvError).record).toBe(2);
    }
  });

  it('detects semicolon, comma, tab and pipe', () => {
    expect(detectDelimiter('Firma;Ort;PLZ\r\nA, B & Co;Berlin;10115\r\n')).toBe(';');
    expect(detectDelimiter('Company,City\n"Smith; Sons",London\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('a|b\n1|2\n')).toBe('|');
    expect(detectDelimiter('Name\nMüller\n')).toBe(';');
  });

  it('detects UTF-8, UTF-8 with BOM and Windows-1252 (German Excel)', () => {
    const umlauts = 'Straße;Größe\nMüller;Öl\n';
    const utf8 = new TextEncoder().encode(umlauts);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    // Windows-1252: ß = DF, ö = F6, ü = FC, Ö = D6
    const cp1252 = new Uint8Array([...umlauts].map((ch) => ch.charCodeAt(0)));
    expect(detectEncoding(utf8)).toBe('utf-8');
    expect(detectEncoding(bom)).toBe('utf-8-bom');
    expect(detectEncoding(cp1252)).toBe('windows-1252');
    for (const bytes of [utf8, bom, cp1252])
      expect(readBytes(bytes)).toEqual([
        ['Straße', 'Größe'],
        ['Müller', 'Öl'],
      ]);
  });

  it('decodes the euro sign of Windows-1252 (0x80), not as Latin-1 would', () => {
    expect(readBytes(new Uint8Array([0x50, 0x72, 0x65, 0x69, 0x73, 0x0a, 0x35, 0x20, 0x80]))).toEqual([
      ['Preis'],
      ['5 €'],
    ]);
  });

  it('any bytes give records or a CsvError, never another exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (bytes, chunk) => {
        try {
          const rows = readBytes(bytes, chunk);
          expect(Array.isArray(rows)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(CsvError);
        }
      }),
    );
  });

  it('any table written as CSV reads back the same', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ä', ';', ',', '"', '\n', '\r\n', ' ', 'x') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (table) => {
          const text = table
            .map((row) => row.map((c) => `"${c.replaceAll('"', '""')}"`).join(';'))
            .join('\r\n');
          expect(parseCsv(text, ';')).toEqual(table);
        },
      ),
    );
  });
});
