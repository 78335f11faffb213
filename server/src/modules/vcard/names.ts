import type { SALUTATIONS } from '@kontor/domain/contacts';
import type { Language } from '@kontor/domain/users';

type Salutation = (typeof SALUTATIONS)[number];

const WORDS: Record<Exclude<Salutation, 'divers'>, Record<Language, string>> = {
  herr: { de: 'Herr', en: 'Mr.' },
  frau: { de: 'Frau', en: 'Ms.' },
};

/** The word before the name in an address book ("Frau", "Mr."); none for "divers". */
export function salutationWord(salutation: Salutation, language: Language): string | null {
  return salutation === 'divers' ? null : WORDS[salutation][language];
}

const SALUTATION_WORDS: Record<string, Salutation> = {
  herr: 'herr',
  hr: 'herr',
  mr: 'herr',
  frau: 'frau',
  fr: 'frau',
  mrs: 'frau',
  ms: 'frau',
};

/** Splits an N prefix such as "Frau Dr." or "Mr. Prof." into salutation and academic title. */
export function splitPrefix(prefix: string): { salutation: Salutation | null; title: string | null } {
  const [first = '', ...rest] = prefix.trim().split(/\s+/);
  const salutation = SALUTATION_WORDS[first.toLowerCase().replace(/\.$/, '')] ?? null;
  const title = (salutation ? rest.join(' ') : prefix.trim()) || null;
  return { salutation, title };
}

export function salutationOfGender(gender: string): Salutation | null {
  const sex = gender.split(';')[0]?.trim().toUpperCase();
  return sex === 'M' ? 'herr' : sex === 'F' ? 'frau' : sex === 'O' ? 'divers' : null;
}

/** "Hauptstraße 12a" → street and house number, as German addresses write them. */
export function splitStreet(line: string): { street: string | null; houseNumber: string | null } {
  const match = /^(.*\S)\s+(\d+\s?[a-zA-Z]?(?:\s?[-/]\s?\d+\s?[a-zA-Z]?)?)$/.exec(line.trim());
  if (match?.[1] && match[2]) return { street: match[1], houseNumber: match[2] };
  return { street: line.trim() || null, houseNumber: null };
}
