import { formatPercent } from '@kontor/domain/sales-totals';
import type { PrintDate, PrintLanguage } from './print-model.js';

// Numbers and dates as printed (UX.md "Formats"): German 1.234,56 € and 31.12.2026, English in
// en-GB forms, €1,234.56 and 31/12/2026. Money is formatted from integer cents as text, never
// through a float. A no-break space keeps amount and currency (and number and %) together.

const NBSP = '\u00a0';

const SYMBOLS: Record<string, string> = { EUR: '€', GBP: '£', USD: '$' };

const SEPARATORS = { de: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } } as const;

/** "1.234,56 €" (de) or "€1,234.56" (en); currencies without a symbol here print their code. */
export function formatMoney(cents: number, currency: string, language: PrintLanguage): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a safe integer: ${cents}`);
  const { group, decimal } = SEPARATORS[language];
  const digits = String(Math.abs(cents)).padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+$)/g, group);
  const amount = `${cents < 0 ? '-' : ''}${whole}${decimal}${digits.slice(-2)}`;
  const symbol = SYMBOLS[currency];
  if (language === 'de') return `${amount}${NBSP}${symbol ?? currency}`;
  return symbol ? `${symbol}${amount}` : `${currency}${NBSP}${amount}`;
}

/** "19 %" (de) or "19%" (en) from basis points. */
export function formatPercentSign(basisPoints: number, language: PrintLanguage): string {
  return `${formatPercent(basisPoints, language)}${language === 'de' ? NBSP : ''}%`;
}

/** "31.12.2026" (de) or "31/12/2026" (en) from `YYYY-MM-DD`. */
export function formatDate(date: PrintDate, language: PrintLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a calendar date: ${date}`);
  const [, year, month, day] = match;
  return language === 'de' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}

/** The number as printed: a later version carries its revision, `ANG-2026-00042-2`. */
export function documentNumber(number: string, revision: number): string {
  return revision > 1 ? `${number}-${revision}` : number;
}
