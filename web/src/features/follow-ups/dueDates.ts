/** The working hour a quick choice ("morgen", "nächste Woche") lands on. */
const QUICK_HOUR = 9;

/** Tomorrow at nine. */
export function tomorrow(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, QUICK_HOUR);
}

/** Next week's Monday at nine (weeks start on Monday, UX.md "Formats"). */
export function nextWeek(now: Date): Date {
  const daysToMonday = (8 - now.getDay()) % 7 || 7;
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + daysToMonday, QUICK_HOUR);
}
