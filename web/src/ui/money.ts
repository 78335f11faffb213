/**
 * Euros as a money input holds them (a number, or '' when empty) in integer cents, rounded to
 * the cent; null for an empty field, NaN for something that is no amount.
 */
export function eurosToCents(value: number | string | null | undefined): number | null {
  if (value === '' || value === null || value === undefined) return null;
  const euros = typeof value === 'number' ? value : Number(value.replace(',', '.'));
  return Number.isFinite(euros) ? Math.round(euros * 100) : Number.NaN;
}

/** Integer cents as a money input shows them (euros), '' for none. */
export function centsToEuros(cents: number | null | undefined): number | string {
  return cents == null ? '' : cents / 100;
}
