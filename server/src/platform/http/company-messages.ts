import type { Text } from './messages.js';

/** Problem texts of the company profile (letterhead). */
export const COMPANY_DETAILS = {
  'invalid-iban': {
    de: 'Keine gültige IBAN: Länge oder Prüfziffer stimmen nicht (z. B. DE89 3704 0044 0532 0130 00).',
    en: 'Not a valid IBAN: the length or the check digits are wrong (e.g. DE89 3704 0044 0532 0130 00).',
  },
  'invalid-bic': {
    de: 'Keine gültige BIC: 8 oder 11 Zeichen (z. B. COBADEFFXXX).',
    en: 'Not a valid BIC: 8 or 11 characters (e.g. COBADEFFXXX).',
  },
} satisfies Record<string, Text>;
