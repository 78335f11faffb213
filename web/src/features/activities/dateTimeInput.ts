import { formatDateInput, parseDateInput } from '../../ui/DateField';

/**
 * A date and time as users write it — `25.11.2026 14:30` (German), `25/11/2026 14:30` (English)
 * or ISO — as the instant it means in the browser's time zone; null when empty, undefined when
 * it is no date. A date without a time means midnight.
 */
export function parseDateTimeInput(text: string): string | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = /^(\S+?)(?:[ ,T]+(\d{1,2})[:.](\d{2}))?$/.exec(trimmed);
  const day = match ? parseDateInput(match[1] ?? '') : undefined;
  if (!match || !day) return undefined;
  const hours = Number(match[2] ?? 0);
  const minutes = Number(match[3] ?? 0);
  if (hours > 23 || minutes > 59) return undefined;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date, hours, minutes).toISOString();
}

/** An instant as the user's language writes it in a form field, in the browser's time zone. */
export function formatDateTimeInput(iso: string | Date, language: string): string {
  const value = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  return `${formatDateInput(day, language)} ${pad(value.getHours())}:${pad(value.getMinutes())}`;
}
