import type { Language } from '@kontor/domain/users';

type Text = Record<Language, string>;

/** What the import answer says about one card, in both languages; `{name}` is filled from params. */
const TEXTS = {
  created: { de: 'Angelegt.', en: 'Created.' },
  updated: { de: 'Aktualisiert.', en: 'Updated.' },
  'would-create': { de: 'Würde angelegt.', en: 'Would be created.' },
  'would-update': { de: 'Würde aktualisiert.', en: 'Would be updated.' },
  'duplicate-uid': {
    de: 'Übersprungen: „{name}“ gibt es schon (gleiche UID).',
    en: 'Skipped: “{name}” already exists (same UID).',
  },
  'duplicate-email': {
    de: 'Übersprungen: „{name}“ gibt es schon (gleiche E-Mail-Adresse).',
    en: 'Skipped: “{name}” already exists (same e-mail address).',
  },
  'organization-not-linked': {
    de: 'Organisation „{organization}“ nicht gefunden – nicht verknüpft.',
    en: 'Organisation “{organization}” not found – not linked.',
  },
  'organization-ambiguous': {
    de: 'Mehrere Organisationen heißen „{organization}“ – nicht verknüpft.',
    en: 'Several organisations are called “{organization}” – not linked.',
  },
  'birthday-ignored': {
    de: 'Geburtstag „{value}“ ohne Jahr oder ungültig – nicht übernommen.',
    en: 'Birthday “{value}” has no year or is invalid – not imported.',
  },
  'country-unknown': {
    de: 'Land „{value}“ unbekannt – Deutschland angenommen.',
    en: 'Unknown country “{value}” – Germany assumed.',
  },
  'not-a-person': {
    de: 'Firmenkarte ohne Person – Organisationen werden nicht per vCard importiert.',
    en: 'Company card without a person – organisations are not imported from vCards.',
  },
  'no-name': { de: 'Die Karte hat keinen Namen (N oder FN).', en: 'The card has no name (N or FN).' },
  'invalid-field': { de: '{field}: {message}', en: '{field}: {message}' },
} satisfies Record<string, Text>;

export type CardMessageCode = keyof typeof TEXTS;
export interface CardNote {
  code: CardMessageCode;
  params?: Record<string, string>;
}

export function cardMessage(note: CardNote, language: Language): string {
  return TEXTS[note.code][language].replace(/\{(\w+)\}/g, (_, key: string) => note.params?.[key] ?? '');
}
