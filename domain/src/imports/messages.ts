import type { Language } from '../users.js';

/** Why a row (or one of its cells) was not imported; the texts serve the preview and the error report. */
export const ROW_ERROR_TEXTS = {
  required: { de: 'Pflichtfeld fehlt', en: 'Required value missing' },
  'too-long': { de: 'Text zu lang', en: 'Text too long' },
  'out-of-range': { de: 'Wert außerhalb des erlaubten Bereichs', en: 'Value out of range' },
  'invalid-email': { de: 'Keine gültige E-Mail-Adresse', en: 'Not a valid e-mail address' },
  'invalid-phone': { de: 'Keine gültige Telefonnummer', en: 'Not a valid phone number' },
  'invalid-date': {
    de: 'Kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT)',
    en: 'Not a valid date (DD.MM.YYYY or YYYY-MM-DD)',
  },
  'invalid-number': { de: 'Keine gültige Zahl', en: 'Not a valid number' },
  'invalid-boolean': { de: 'Erwartet ja oder nein', en: 'Expected yes or no' },
  'invalid-choice': { de: 'Unbekannter Wert', en: 'Unknown value' },
  'invalid-country': {
    de: 'Unbekanntes Land (ISO-Code wie DE erwartet)',
    en: 'Unknown country (ISO code like DE expected)',
  },
  'invalid-tag': { de: 'Ungültiges Schlagwort', en: 'Invalid tag' },
  'invalid-vat-id': { de: 'USt-IdNr. hat kein gültiges Format', en: 'VAT ID has an invalid format' },
  invalid: { de: 'Ungültiger Wert', en: 'Invalid value' },
  'unknown-user': {
    de: 'Kein Benutzer mit diesem Namen oder dieser E-Mail',
    en: 'No user with this name or e-mail',
  },
  'organization-not-allowed': {
    de: 'Organisation nicht gefunden, und Sie dürfen keine Organisationen anlegen',
    en: 'Organisation not found, and you may not create organisations',
  },
  'duplicate-not-writable': {
    de: 'Dublette gefunden, die Sie nicht ändern dürfen',
    en: 'Duplicate found that you may not change',
  },
  'write-failed': { de: 'Konnte nicht gespeichert werden', en: 'Could not be saved' },
} as const satisfies Record<string, Record<Language, string>>;

export type RowErrorCode = keyof typeof ROW_ERROR_TEXTS;

/** One problem of an import row: the column it came from (if any), the field and why. */
export interface RowError {
  column: number | null;
  field: string;
  code: RowErrorCode;
  /** For `write-failed`: the server's problem code, whose text the server words in the reader's language. */
  problem?: string;
}

export function rowErrorText(error: RowError, language: Language): string {
  return ROW_ERROR_TEXTS[error.code][language];
}
