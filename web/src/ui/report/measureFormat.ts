import type { MeasureKind } from '@kontor/domain/reports';

const EMPTY = '–';
const DAYS: Record<string, string> = { 'de-DE': 'Tage', 'en-GB': 'days' };

/**
 * A report figure as the user reads it (UX.md "Formats"): money from cents with its currency
 * ("1.234,56 €"), percent with "%", days with "Tage"; a figure with nothing to divide by as "–".
 */
export function formatMeasure(value: number | null | undefined, kind: MeasureKind, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return EMPTY;
  switch (kind) {
    case 'money':
      return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value / 100);
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
        value / 100,
      );
    case 'days':
      return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${DAYS[locale] ?? 'days'}`;
    case 'count':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
    case 'number':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
  }
}

/** The change from the previous period in percent; null when there is nothing to compare with. */
export function changePercent(
  current: number | null | undefined,
  previous: number | null | undefined,
): number | null {
  if (current === null || current === undefined || previous === null || previous === undefined) return null;
  if (previous === 0) return null;
  return ((current - previous) / Math.abs(previous)) * 100;
}

/** A change as "+12,5 %" / "−3 %" (signed, so a fall reads without colour too). */
export function formatChange(change: number | null, locale: string): string {
  if (change === null) return EMPTY;
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(change / 100);
}
