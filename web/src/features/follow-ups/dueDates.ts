/** The working hour a quick choice ("morgen", "nächste Woche") lands on. */
const QUICK_HOUR = 9;

const pad = (value: number) => String(value).padStart(2, '0');

/** A moment as a `datetime-local` input shows it: the browser's local date and time, to the minute. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The ISO instant the API takes for a `datetime-local` value; null when the text is no moment. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Tomorrow at nine. */
export function tomorrow(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, QUICK_HOUR);
}

/** Next week's Monday at nine (weeks start on Monday, UX.md "Formats"). */
export function nextWeek(now: Date): Date {
  const daysToMonday = (8 - now.getDay()) % 7 || 7;
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + daysToMonday, QUICK_HOUR);
}
