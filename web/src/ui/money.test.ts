import { describe, expect, it } from 'vitest';
import { centsToEuros, eurosToCents } from './money';

describe('money in forms', () => {
  it('turns euros with two decimals into exact cents', () => {
    expect(eurosToCents(1234.56)).toBe(123456);
    expect(eurosToCents(0.29)).toBe(29);
    expect(eurosToCents(19.99)).toBe(1999);
    expect(eurosToCents(100_000_000)).toBe(10_000_000_000);
    expect(eurosToCents('12,5')).toBe(1250);
  });

  it('keeps an empty field empty and marks what is no amount', () => {
    expect(eurosToCents('')).toBeNull();
    expect(eurosToCents(null)).toBeNull();
    expect(eurosToCents('abc')).toBeNaN();
  });

  it('shows cents as euros, nothing as an empty field', () => {
    expect(centsToEuros(123456)).toBe(1234.56);
    expect(centsToEuros(null)).toBe('');
  });
});
