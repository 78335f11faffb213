import type { FieldDef } from '@kontor/domain/fields';
import type { Language } from '@kontor/domain/users';

const LOCALE: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

/** A field's value as the export writes it into a CSV cell, in the user's language and formats. */
export function formatCell(field: FieldDef, value: unknown, language: Language): string {
  if (value === null || value === undefined || value === '') return '';
  const locale = LOCALE[language];
  switch (field.kind) {
    case 'money':
      return new Intl.NumberFormat(locale, {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        useGrouping: false,
      }).format(Number(value) / 100);
    case 'number':
      return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(
        Number(value),
      );
    case 'date':
      return new Intl.DateTimeFormat(locale, {
        timeZone: 'UTC',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }).format(new Date(`${String(value)}T00:00:00Z`));
    case 'datetime':
      return new Intl.DateTimeFormat(locale, {
        timeZone: 'Europe/Berlin',
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(new Date(String(value)));
    case 'boolean':
      return value ? (language === 'de' ? 'Ja' : 'Yes') : language === 'de' ? 'Nein' : 'No';
    case 'enum':
      return optionLabel(field, String(value), language);
    case 'enumSet':
      return (value as string[]).map((v) => optionLabel(field, v, language)).join(', ');
    default:
      return Array.isArray(value) ? value.join(', ') : String(value);
  }
}

function optionLabel(field: FieldDef, value: string, language: Language): string {
  return field.options?.find((option) => option.value === value)?.label[language] ?? value;
}

/**
 * Quotes a CSV cell (RFC 4180, semicolon-separated) and defuses spreadsheet formulas in text:
 * a text cell starting with = + - @ or a control character gets a leading apostrophe, so
 * Excel shows text, not a formula. Numbers (which may start with a minus) stay numbers.
 */
export function csvCell(text: string, numeric = false): string {
  const safe = !numeric && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
