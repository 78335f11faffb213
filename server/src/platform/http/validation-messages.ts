import type { Language } from '@kontor/domain/users';

/** A schema violation as fastify-type-provider-zod reports it: zod's issue code and details. */
export interface SchemaIssue {
  keyword: string;
  params: Record<string, unknown>;
}

const TYPE_NAMES: Record<string, Record<Language, string>> = {
  string: { de: 'Text', en: 'text' },
  number: { de: 'Zahl', en: 'number' },
  int: { de: 'ganze Zahl', en: 'whole number' },
  boolean: { de: 'true oder false', en: 'true or false' },
  array: { de: 'Liste', en: 'list' },
  object: { de: 'Objekt', en: 'object' },
};

const FORMATS: Record<string, Record<Language, string>> = {
  email: { de: 'Keine gültige E-Mail-Adresse', en: 'Not a valid e-mail address' },
  datetime: {
    de: 'Kein gültiger Zeitpunkt (ISO 8601, z. B. 2026-12-31T12:00:00Z)',
    en: 'Not a valid date-time (ISO 8601, e.g. 2026-12-31T12:00:00Z)',
  },
  date: { de: 'Kein gültiges Datum (JJJJ-MM-TT)', en: 'Not a valid date (YYYY-MM-DD)' },
  url: { de: 'Keine gültige Adresse (URL)', en: 'Not a valid URL' },
};

const t = (language: Language, de: string, en: string) => (language === 'de' ? de : en);

/**
 * The message for one invalid field in the caller's language, built from the issue's code
 * and details rather than zod's own text, so German and English read alike. `input` is the
 * value that was sent at that path (undefined when the field is missing).
 */
export function validationMessage(issue: SchemaIssue, input: unknown, language: Language): string {
  const p = issue.params;
  switch (issue.keyword) {
    case 'invalid_type': {
      if (input === undefined) return t(language, 'Pflichtfeld', 'Required');
      const name = TYPE_NAMES[String(p.expected)]?.[language] ?? String(p.expected);
      return t(language, `Erwartet: ${name}`, `Expected: ${name}`);
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.keyword === 'too_small';
      const limit = Number(small ? p.minimum : p.maximum);
      if (small && p.origin === 'string' && limit === 1) return t(language, 'Pflichtfeld', 'Required');
      const unit =
        p.origin === 'string'
          ? t(language, ' Zeichen', ' characters')
          : p.origin === 'array' || p.origin === 'set'
            ? t(language, ' Einträge', ' entries')
            : '';
      return small
        ? t(language, `Mindestens ${limit}${unit}`, `At least ${limit}${unit}`)
        : t(language, `Höchstens ${limit}${unit}`, `At most ${limit}${unit}`);
    }
    case 'invalid_format':
      return FORMATS[String(p.format)]?.[language] ?? t(language, 'Ungültiges Format', 'Invalid format');
    case 'invalid_value': {
      const values = Array.isArray(p.values) ? p.values.map(String).join(', ') : '';
      return values
        ? t(language, `Erlaubt sind: ${values}`, `Allowed: ${values}`)
        : t(language, 'Ungültiger Wert', 'Invalid value');
    }
    case 'unrecognized_keys':
      return t(language, 'Unbekanntes Feld', 'Unknown field');
    default:
      return t(language, 'Ungültiger Wert', 'Invalid value');
  }
}
