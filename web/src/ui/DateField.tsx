import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A date typed as users write it — German `15.3.1970`, English `15/03/1970`, or ISO — turned into
 * the ISO date the API takes; null for an empty field, undefined for something that is no date.
 */
export function parseDateInput(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const local = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : local
      ? [Number(local[3]), Number(local[2]), Number(local[1])]
      : [0, 0, 0];
  if (!year) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An ISO date as the user's language writes it in a form field (31.12.2026 or 31/12/2026). */
export function formatDateInput(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-');
  return language === 'en' ? `${day}/${month}/${year}` : `${day}.${month}.${year}`;
}

/** Validator for a DateField: empty or a real date. */
export function useDateValidator() {
  const { t } = useTranslation();
  return (value: string) => (parseDateInput(value) === undefined ? t('validation.date') : null);
}

/** A text field for a date in the user's notation (no calendar needed to type a birthday). */
export function DateField(props: TextInputProps) {
  const { t } = useTranslation();
  return <TextInput placeholder={t('validation.datePlaceholder')} inputMode="numeric" {...props} />;
}
