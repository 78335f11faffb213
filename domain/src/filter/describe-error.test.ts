import { describe, expect, it } from 'vitest';
import { compileFilter, type FilterField, type FilterOptions } from './conditions.js';
import { describeFilterError } from './describe-error.js';
import { FILTER_ERROR_CODES, type FilterError, type FilterErrorCode } from './errors.js';

const status: FilterField = {
  type: 'enum',
  enumValues: [
    { value: 'won', labels: ['Gewonnen', 'Won'] },
    { value: 'lost', labels: ['Verloren', 'Lost'] },
  ],
};

/** One real input per error code, with the sentence each language should produce. */
const CASES: [FilterErrorCode, string, FilterField, FilterOptions, string, string][] = [
  ['empty-filter', ' ', { type: 'text' }, {}, 'Der Filter ist leer.', 'The filter is empty.'],
  [
    'input-too-long',
    'x'.repeat(1001),
    { type: 'text' },
    {},
    'Der Filter ist zu lang: höchstens 1000 Zeichen.',
    'The filter is too long: at most 1000 characters.',
  ],
  [
    'too-many-terms',
    `${Array(50).fill('a').join('|')}|Zuviel`,
    { type: 'text' },
    {},
    'Zu viele Suchbegriffe ab „Zuviel“: höchstens 50.',
    'Too many search terms from “Zuviel” on: at most 50.',
  ],
  [
    'missing-term',
    'a&&b',
    { type: 'text' },
    {},
    'Vor „&“ fehlt ein Suchbegriff.',
    'A search term is missing before “&”.',
  ],
  [
    'missing-term-at-end',
    'a|',
    { type: 'text' },
    {},
    'Nach „|“ fehlt ein Suchbegriff.',
    'A search term is missing after “|”.',
  ],
  [
    'missing-value',
    '>=1.3.2019&<',
    { type: 'date' },
    {},
    'Nach „<“ fehlt ein Wert.',
    'A value is missing after “<”.',
  ],
  [
    'unclosed-parenthesis',
    '(a|b',
    { type: 'text' },
    {},
    'Die Klammer „(“ wird nicht geschlossen.',
    'The parenthesis “(” is never closed.',
  ],
  [
    'unmatched-parenthesis',
    'a)',
    { type: 'text' },
    {},
    'Zur Klammer „)“ gibt es keine öffnende Klammer.',
    'The parenthesis “)” has no opening parenthesis.',
  ],
  [
    'unclosed-quote',
    '"A&B',
    { type: 'text' },
    {},
    'Das Anführungszeichen wird nicht geschlossen.',
    'The double quote is never closed.',
  ],
  [
    'unexpected-character',
    'a=b',
    { type: 'text' },
    {},
    'Das Zeichen „=“ ist hier nicht erlaubt. Soll das Zeichen zum Suchwert gehören, setzen Sie den Wert in Anführungszeichen, z. B. "A&B GmbH".',
    'The character “=” is not allowed here. If the character belongs to the value, put the value in double quotes, e.g. "A&B GmbH".',
  ],
  [
    'expected-connective',
    '"Müller" Bonn',
    { type: 'text' },
    {},
    'Vor „Bonn“ fehlt „&“ (und) oder „|“ (oder).',
    '“&” (and) or “|” (or) is missing before “Bonn”.',
  ],
  [
    'negated-group',
    '!(a|b)',
    { type: 'text' },
    {},
    '„!“ kann nicht vor einer Klammer stehen; verneinen Sie die einzelnen Begriffe.',
    '“!” cannot stand before a parenthesis; negate the terms inside one by one.',
  ],
  [
    'invalid-number',
    '>=zwölf',
    { type: 'number' },
    {},
    '„>=zwölf“ ist keine Zahl (z. B. 1.234,56 oder 1234.56).',
    '“>=zwölf” is not a number (e.g. 1,234.56 or 1234,56).',
  ],
  [
    'number-out-of-range',
    '9'.repeat(400),
    { type: 'number' },
    {},
    `Die Zahl in „${'9'.repeat(400)}“ ist zu groß.`,
    `The number in “${'9'.repeat(400)}” is too large.`,
  ],
  [
    'too-many-decimals',
    '<1,999',
    { type: 'money' },
    {},
    '„<1,999“ hat mehr als 2 Nachkommastellen.',
    '“<1,999” has more than 2 decimal places.',
  ],
  [
    'invalid-date',
    '>=31.2.2019',
    { type: 'date' },
    {},
    '„>=31.2.2019“ ist kein gültiges Datum (z. B. 1.3.2019, 2019-03-01, 3.2019, 2019 oder heute).',
    '“>=31.2.2019” is not a valid date (e.g. 2019-03-01, 1.3.2019, 2019-03, 2019 or today).',
  ],
  [
    'invalid-time-zone',
    '2019',
    { type: 'datetime' },
    { timeZone: 'Europe/Atlantis' },
    'Die Zeitzone „Europe/Atlantis“ ist unbekannt.',
    'The time zone “Europe/Atlantis” is unknown.',
  ],
  [
    'unknown-enum-value',
    'Offen',
    status,
    {},
    '„Offen“ ist kein möglicher Wert. Möglich sind: Gewonnen / Won, Verloren / Lost.',
    '“Offen” is not a possible value. Possible values: Gewonnen / Won, Verloren / Lost.',
  ],
  [
    'invalid-boolean',
    'vielleicht',
    { type: 'boolean' },
    {},
    '„vielleicht“ ist kein Ja/Nein-Wert (ja, nein, wahr, falsch, 1, 0).',
    '“vielleicht” is not a yes/no value (yes, no, true, false, 1, 0).',
  ],
  [
    'operator-not-allowed',
    '>Gewonnen',
    status,
    {},
    '„>“ ist in „>Gewonnen“ nicht möglich; hier gibt es nur „=“, „!=“ und „!“.',
    '“>” is not possible in “>Gewonnen”; only “=”, “!=” and “!” are.',
  ],
  [
    'wildcard-not-allowed',
    '2019*',
    { type: 'date' },
    {},
    'In „2019*“ ist „*“ nicht möglich: Platzhalter gibt es nur für Text.',
    '“*” is not possible in “2019*”: wildcards only work on text.',
  ],
];

describe('describeFilterError', () => {
  it.each(CASES)(
    '%s reads as a sentence naming the bad term',
    (code, input, field, options, german, english) => {
      const result = compileFilter(input, field, options);
      expect(result.ok).toBe(false);
      const error = (result.ok ? [] : result.errors)[0] as FilterError;
      expect(error.code).toBe(code);
      expect(describeFilterError(error, 'de')).toBe(german);
      expect(describeFilterError(error, 'en')).toBe(english);
    },
  );

  it('covers every error code', () => {
    expect(CASES.map(([code]) => code).sort()).toEqual([...FILTER_ERROR_CODES].sort());
  });

  it('still says something for an error it does not know', () => {
    const foreign = {
      code: 'from-the-future',
      params: {},
      span: { start: 0, end: 0 },
    } as unknown as FilterError;
    expect(describeFilterError(foreign, 'en')).toBe('The filter is invalid.');
  });
});
