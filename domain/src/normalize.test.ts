import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldGerman,
  normalizeEmail,
  normalizePhone,
  searchKeys,
  stripDiacritics,
  tokenizeForSearch,
} from './normalize.js';

describe('normalizeEmail', () => {
  it('trims and lower-cases so the same address typed twice matches', () => {
    expect(normalizeEmail('  Anna.Schneider@Beispiel.DE ')).toBe('anna.schneider@beispiel.de');
  });

  it('keeps an IDN domain as typed', () => {
    expect(normalizeEmail('Info@Müller-Bau.de')).toBe('info@müller-bau.de');
  });

  it('returns null for something that is not an address', () => {
    for (const bad of [
      '',
      '   ',
      'anna',
      'anna@',
      '@beispiel.de',
      'anna@beispiel',
      'a b@c.de',
      'a@@b.de',
      'a@b..de',
    ]) {
      expect(normalizeEmail(bad), bad).toBeNull();
    }
  });
});

describe('normalizePhone', () => {
  it('brings the usual German spellings of one number to the same key', () => {
    for (const n of [
      '+49 (0)89 123 456-78',
      '089 12345678',
      '0049 89 12345678',
      '+49 89 12345678',
      '089/123 456 78',
    ]) {
      expect(normalizePhone(n), n).toBe('+498912345678');
    }
  });

  it('drops a trunk zero wrongly written after the country code', () => {
    expect(normalizePhone('+49 089 12345678')).toBe('+498912345678');
  });

  it('uses the default country for national numbers', () => {
    expect(normalizePhone('01 234 56 78', 'AT')).toBe('+4312345678');
    expect(normalizePhone('044 668 18 00', 'CH')).toBe('+41446681800');
    expect(normalizePhone('+41 (0)44 668 18 00', 'DE')).toBe('+41446681800');
    expect(normalizePhone('(555) 123-4567', 'US')).toBe('+15551234567');
    expect(normalizePhone('06 12345678', 'IT')).toBe('+390612345678');
  });

  it('keeps an extension as part of the number, as German Durchwahl numbers are dialled', () => {
    expect(normalizePhone('089 123456-78')).toBe('+498912345678');
    expect(normalizePhone('089 123456 ext. 78')).toBe('+498912345678');
    expect(normalizePhone('089 123456-0')).not.toBe(normalizePhone('089 123456-78'));
  });

  it('returns null for fewer than 5 digits, letters, or a national number of an unknown country', () => {
    expect(normalizePhone('1234')).toBeNull();
    expect(normalizePhone('+49')).toBeNull();
    expect(normalizePhone('')).toBeNull();
    expect(normalizePhone('DE89 3704 0044 0532 0130 00')).toBeNull();
    expect(normalizePhone('call me')).toBeNull();
    expect(normalizePhone('089 12345678', 'ZZ')).toBeNull();
    expect(normalizePhone('+49 89 12345678', 'ZZ')).toBe('+498912345678');
  });
});

describe('foldGerman and stripDiacritics', () => {
  it('folds umlauts to two letters, or to one', () => {
    expect(foldGerman('Müller')).toBe('mueller');
    expect(foldGerman('MÜLLER')).toBe('mueller');
    expect(foldGerman('Straße')).toBe('strasse');
    expect(foldGerman('GROẞE')).toBe('grosse');
    expect(foldGerman('Ärger Öl')).toBe('aerger oel');
    expect(stripDiacritics('Müller')).toBe('muller');
    expect(stripDiacritics('Straße')).toBe('strasse');
  });

  it('strips other diacritics, including letters NFKD does not decompose', () => {
    expect(foldGerman('Renée Łukasz Søren Æbeltoft Œuvre Đorđe Işık')).toBe(
      'renee lukasz soren aebeltoft oeuvre dorde isik',
    );
  });

  it('treats a decomposed umlaut like a composed one', () => {
    expect(foldGerman('Mu\u0308ller')).toBe('mueller');
  });
});

describe('searchKeys', () => {
  const keys = (s: string) => new Set(searchKeys(s));
  const share = (a: string, b: string) => [...keys(a)].some((k) => keys(b).has(k));

  it('stores both forms for a name with an umlaut and one form otherwise', () => {
    expect(searchKeys('Müller')).toEqual(['mueller', 'muller']);
    expect(searchKeys('Mueller')).toEqual(['mueller']);
  });

  it('lets every spelling of Müller find it, and a Müller query find every spelling', () => {
    for (const spelling of ['Müller', 'Mueller', 'MÜLLER', 'muller', 'Muller', 'MUELLER']) {
      expect(share('Müller', spelling), spelling).toBe(true);
      expect(share(spelling, 'MÜLLER'), spelling).toBe(true);
    }
  });
});

describe('tokenizeForSearch', () => {
  it('splits on whitespace and punctuation and keeps digits', () => {
    expect(tokenizeForSearch('Müller-Lüdenscheidt GmbH & Co. KG, 80331 München')).toEqual([
      'müller',
      'lüdenscheidt',
      'gmbh',
      'co',
      'kg',
      '80331',
      'münchen',
    ]);
    expect(tokenizeForSearch("O'Brien a")).toEqual(['o', 'brien', 'a']);
    expect(tokenizeForSearch(' ... ')).toEqual([]);
  });

  it('keeps a decomposed umlaut inside its word', () => {
    expect(tokenizeForSearch('Mu\u0308ller')).toEqual(['müller']);
  });
});

// Letters of Latin-1 and Latin Extended-A, as found in European names (µ is Greek, left out).
const latinLetters = [
  ...Array.from({ length: 0x17f - 0xc0 + 1 }, (_, i) => String.fromCodePoint(0xc0 + i)),
].filter((c) => /\p{L}/u.test(c));
const latinText = fc.string({
  unit: fc.constantFrom(...latinLetters, ...'abcxyzABCXYZ0189 -.,'.split('')),
});

describe('properties', () => {
  it('folding is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(foldGerman(foldGerman(s))).toBe(foldGerman(s));
        expect(stripDiacritics(stripDiacritics(s))).toBe(stripDiacritics(s));
      }),
      { numRuns: 20000 },
    );
  });

  it('gives ASCII lower-case for Latin text', () => {
    fc.assert(
      fc.property(latinText, (s) => {
        for (const key of searchKeys(s)) expect(key).toMatch(/^[a-z0-9 \-.,]*$/);
      }),
    );
  });

  it('finds a text with umlauts from its ae/oe/ue and its a/o/u spelling', () => {
    const sharesKey = (a: string, b: string) => searchKeys(a).some((k) => searchKeys(b).includes(k));
    fc.assert(
      fc.property(latinText, (s) => {
        const twoLetters = s.replace(/[äöüÄÖÜ]/gu, (c) => `${c.normalize('NFD')[0]}e`);
        const oneLetter = s.replace(/[äöüÄÖÜ]/gu, (c) => c.normalize('NFD')[0] ?? c);
        expect(sharesKey(s, twoLetters)).toBe(true);
        expect(sharesKey(s, oneLetter)).toBe(true);
      }),
    );
  });

  it('never throws on any Unicode input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        searchKeys(s);
        tokenizeForSearch(s);
        normalizeEmail(s);
        normalizePhone(s);
        expect(foldGerman(foldGerman(s))).toBe(foldGerman(s));
      }),
      { numRuns: 20000 },
    );
  });
});
