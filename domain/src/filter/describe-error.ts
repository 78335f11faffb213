import type { FilterError, FilterErrorCode } from './errors.js';

type Params = FilterError['params'];
type Message = (p: (name: string) => string) => string;

/** Quotes the way each language does, so the bad term stands out in the sentence. */
const quote = { de: (s: string) => `„${s}“`, en: (s: string) => `“${s}”` };

const QUOTE_HINT = {
  de: 'Soll das Zeichen zum Suchwert gehören, setzen Sie den Wert in Anführungszeichen, z. B. "A&B GmbH".',
  en: 'If the character belongs to the value, put the value in double quotes, e.g. "A&B GmbH".',
};

const MESSAGES: Record<'de' | 'en', Record<FilterErrorCode, Message>> = {
  de: {
    'empty-filter': () => 'Der Filter ist leer.',
    'input-too-long': (p) => `Der Filter ist zu lang: höchstens ${p('max')} Zeichen.`,
    'too-many-terms': (p) => `Zu viele Suchbegriffe ab ${p('term')}: höchstens ${p('max')}.`,
    'missing-term': (p) => `Vor ${p('token')} fehlt ein Suchbegriff.`,
    'missing-term-at-end': (p) => `Nach ${p('token')} fehlt ein Suchbegriff.`,
    'missing-value': (p) => `Nach ${p('operator')} fehlt ein Wert.`,
    'unclosed-parenthesis': () => 'Die Klammer „(“ wird nicht geschlossen.',
    'unmatched-parenthesis': () => 'Zur Klammer „)“ gibt es keine öffnende Klammer.',
    'unclosed-quote': () => 'Das Anführungszeichen wird nicht geschlossen.',
    'unexpected-character': (p) => `Das Zeichen ${p('character')} ist hier nicht erlaubt. ${QUOTE_HINT.de}`,
    'expected-connective': (p) => `Vor ${p('found')} fehlt „&“ (und) oder „|“ (oder).`,
    'negated-group': () => '„!“ kann nicht vor einer Klammer stehen; verneinen Sie die einzelnen Begriffe.',
    'invalid-number': (p) => `${p('term')} ist keine Zahl (z. B. 1.234,56 oder 1234.56).`,
    'number-out-of-range': (p) => `Die Zahl in ${p('term')} ist zu groß.`,
    'too-many-decimals': (p) => `${p('term')} hat mehr als ${p('max')} Nachkommastellen.`,
    'invalid-date': (p) =>
      `${p('term')} ist kein gültiges Datum (z. B. 1.3.2019, 2019-03-01, 3.2019, 2019 oder heute).`,
    'invalid-time-zone': (p) => `Die Zeitzone ${p('timeZone')} ist unbekannt.`,
    'unknown-enum-value': (p) => `${p('term')} ist kein möglicher Wert. Möglich sind: ${p('allowed')}.`,
    'invalid-boolean': (p) => `${p('term')} ist kein Ja/Nein-Wert (ja, nein, wahr, falsch, 1, 0).`,
    'operator-not-allowed': (p) =>
      `${p('operator')} ist in ${p('term')} nicht möglich; hier gibt es nur „=“, „!=“ und „!“.`,
    'wildcard-not-allowed': (p) => `In ${p('term')} ist „*“ nicht möglich: Platzhalter gibt es nur für Text.`,
  },
  en: {
    'empty-filter': () => 'The filter is empty.',
    'input-too-long': (p) => `The filter is too long: at most ${p('max')} characters.`,
    'too-many-terms': (p) => `Too many search terms from ${p('term')} on: at most ${p('max')}.`,
    'missing-term': (p) => `A search term is missing before ${p('token')}.`,
    'missing-term-at-end': (p) => `A search term is missing after ${p('token')}.`,
    'missing-value': (p) => `A value is missing after ${p('operator')}.`,
    'unclosed-parenthesis': () => 'The parenthesis “(” is never closed.',
    'unmatched-parenthesis': () => 'The parenthesis “)” has no opening parenthesis.',
    'unclosed-quote': () => 'The double quote is never closed.',
    'unexpected-character': (p) => `The character ${p('character')} is not allowed here. ${QUOTE_HINT.en}`,
    'expected-connective': (p) => `“&” (and) or “|” (or) is missing before ${p('found')}.`,
    'negated-group': () => '“!” cannot stand before a parenthesis; negate the terms inside one by one.',
    'invalid-number': (p) => `${p('term')} is not a number (e.g. 1,234.56 or 1234,56).`,
    'number-out-of-range': (p) => `The number in ${p('term')} is too large.`,
    'too-many-decimals': (p) => `${p('term')} has more than ${p('max')} decimal places.`,
    'invalid-date': (p) =>
      `${p('term')} is not a valid date (e.g. 2019-03-01, 1.3.2019, 2019-03, 2019 or today).`,
    'invalid-time-zone': (p) => `The time zone ${p('timeZone')} is unknown.`,
    'unknown-enum-value': (p) => `${p('term')} is not a possible value. Possible values: ${p('allowed')}.`,
    'invalid-boolean': (p) => `${p('term')} is not a yes/no value (yes, no, true, false, 1, 0).`,
    'operator-not-allowed': (p) =>
      `${p('operator')} is not possible in ${p('term')}; only “=”, “!=” and “!” are.`,
    'wildcard-not-allowed': (p) => `“*” is not possible in ${p('term')}: wildcards only work on text.`,
  },
};

/** Params shown verbatim rather than quoted: counts and lists. */
const UNQUOTED = new Set(['max', 'allowed']);

/** A sentence a person understands, quoting the bad term or character. */
export function describeFilterError(error: FilterError, language: 'de' | 'en'): string {
  const messages = MESSAGES[language] ?? MESSAGES.de;
  const message = messages[error.code];
  // Errors arrive over the wire too; an unknown code still deserves a sentence rather than a crash.
  if (message === undefined) return language === 'en' ? 'The filter is invalid.' : 'Der Filter ist ungültig.';
  const param = (name: string) => {
    const value = String(paramOf(error.params, name));
    return UNQUOTED.has(name) ? value : quote[language === 'en' ? 'en' : 'de'](value);
  };
  return message(param);
}

function paramOf(params: Params | undefined, name: string): string | number {
  return params?.[name] ?? '';
}
