import { describe, expect, it } from 'vitest';
import { documentNumber, formatDate, formatMoney, formatPercentSign } from './format.js';

const plain = (s: string) => s.replaceAll('\u00a0', ' ');

describe('PDF formats', () => {
  it('formats cents in German and English with the currency, also large and tiny amounts', () => {
    expect(plain(formatMoney(123_456, 'EUR', 'de'))).toBe('1.234,56 €');
    expect(formatMoney(123_456, 'EUR', 'en')).toBe('€1,234.56');
    expect(plain(formatMoney(5, 'EUR', 'de'))).toBe('0,05 €');
    expect(plain(formatMoney(0, 'EUR', 'de'))).toBe('0,00 €');
    expect(plain(formatMoney(10_000_000_000_000, 'EUR', 'de'))).toBe('100.000.000.000,00 €');
    expect(plain(formatMoney(-1999, 'CHF', 'de'))).toBe('-19,99 CHF');
    expect(plain(formatMoney(1999, 'CHF', 'en'))).toBe('CHF 19.99');
  });

  it('keeps amount and currency, number and percent sign on one line', () => {
    expect(formatMoney(100, 'EUR', 'de')).toBe('1,00\u00a0€');
    expect(formatPercentSign(1900, 'de')).toBe('19\u00a0%');
    expect(formatPercentSign(1250, 'en')).toBe('12.5%');
  });

  it('formats calendar dates', () => {
    expect(formatDate('2026-03-09', 'de')).toBe('09.03.2026');
    expect(formatDate('2026-03-09', 'en')).toBe('09/03/2026');
    expect(() => formatDate('9.3.2026', 'de')).toThrow(RangeError);
  });

  it('prints the revision from the second version on', () => {
    expect(documentNumber('ANG-2026-00042', 1)).toBe('ANG-2026-00042');
    expect(documentNumber('ANG-2026-00042', 2)).toBe('ANG-2026-00042-2');
  });
});
