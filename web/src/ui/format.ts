import { useTranslation } from 'react-i18next';

const LOCALES: Record<string, string> = { de: 'de-DE', en: 'en-GB' };

/** The Intl locale for the UI language: de-DE or en-GB (UX.md "Formats"). */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return LOCALES[i18n.language] ?? 'de-DE';
}

/**
 * Formatters in the user's language: de-DE (31.12.2026, 14:30, 1.234,56 €) or en-GB
 * (31/12/2026, 14:30, €1,234.56).
 */
export function useFormat() {
  const locale = useLocale();
  const number = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const longDate = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return {
    date: (iso: string) => date.format(new Date(iso)),
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    longDate: (value: Date) => longDate.format(value),
    number: (value: number) => number.format(value),
    /** Money is stored as integer cents; always shown with its currency. */
    money: (cents: number, currency = 'EUR') =>
      new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100),
  };
}
