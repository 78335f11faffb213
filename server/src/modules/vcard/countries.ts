import type { Language } from '@kontor/domain/users';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const REGION_CODES = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => a + b));
const names: Record<Language, Intl.DisplayNames> = {
  de: new Intl.DisplayNames('de', { type: 'region', fallback: 'none' }),
  en: new Intl.DisplayNames('en', { type: 'region', fallback: 'none' }),
};

/** Country names in German and English (and the codes themselves) to ISO codes, built once from ICU. */
const CODES = new Map<string, string>();
for (const code of REGION_CODES) {
  for (const display of Object.values(names)) {
    const name = display.of(code);
    if (name) CODES.set(name.toLowerCase(), code);
  }
}
for (const [alias, code] of [
  ['deutschland', 'DE'],
  ['germany', 'DE'],
  ['brd', 'DE'],
  ['österreich', 'AT'],
  ['schweiz', 'CH'],
  ['usa', 'US'],
  ['uk', 'GB'],
] as const) {
  CODES.set(alias, code);
}

/** The country as an address book shows it: its name in the user's language. */
export function countryName(code: string, language: Language): string {
  return names[language].of(code) ?? code;
}

/**
 * The ISO code for what a client wrote in the country field: a name in German or English or
 * an ISO code. Null when nothing matches, so the caller can say so instead of guessing.
 */
export function countryCode(text: string): string | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && names.en.of(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return CODES.get(trimmed.toLowerCase()) ?? null;
}
