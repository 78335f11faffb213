import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilter, type FilterOptions } from './conditions.js';

function value(input: string, type: 'number' | 'money', options: FilterOptions = {}): unknown {
  const result = compileFilter(input, { type }, options);
  if (!result.ok) throw new Error(`${input}: ${JSON.stringify(result.errors)}`);
  return result.value.kind === 'compare' ? result.value.value : result.value;
}

function errorCode(input: string, type: 'number' | 'money', options: FilterOptions = {}): string | undefined {
  const result = compileFilter(input, { type }, options);
  return result.ok ? undefined : result.errors[0]?.code;
}

/** Groups digits in threes with `separator`, as people write large numbers. */
function grouped(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

describe('number columns', () => {
  it('accepts German and English notation', () => {
    expect(value('1.234,56', 'number')).toBe(1234.56);
    expect(value('1,234.56', 'number')).toBe(1234.56);
    expect(value('1234,5', 'number')).toBe(1234.5);
    expect(value('1234.5', 'number')).toBe(1234.5);
    expect(value('-3', 'number')).toBe(-3);
    expect(value('1234', 'number')).toBe(1234);
    expect(value('1.234.567', 'number')).toBe(1234567);
    expect(value('1,234,567.5', 'number')).toBe(1234567.5);
    expect(value('0,500', 'number')).toBe(0.5);
    expect(value('1234.500', 'number')).toBe(1234.5);
    expect(value('-0', 'number')).toBe(0);
  });

  it('decides a single separator before three digits by the language', () => {
    expect(value('1.500', 'number', { language: 'de' })).toBe(1500);
    expect(value('1,500', 'number', { language: 'de' })).toBe(1.5);
    expect(value('1,500', 'number', { language: 'en' })).toBe(1500);
    expect(value('1.500', 'number', { language: 'en' })).toBe(1.5);
    expect(value('1.500', 'number')).toBe(1500);
  });

  it('a bare value means =, operators compare', () => {
    expect(compileFilter('5', { type: 'number' })).toEqual({
      ok: true,
      value: { kind: 'compare', op: '=', value: 5 },
    });
    expect(compileFilter('>=5&<10', { type: 'number' })).toEqual({
      ok: true,
      value: {
        kind: 'and',
        conditions: [
          { kind: 'compare', op: '>=', value: 5 },
          { kind: 'compare', op: '<', value: 10 },
        ],
      },
    });
    expect(value('!5', 'number')).toEqual({ kind: 'not', condition: { kind: 'compare', op: '=', value: 5 } });
  });

  it('rejects what is not a number, naming the term', () => {
    for (const bad of ['abc', '1.2.3', '12.34,5', '1,,5', '1.', ',5', '1 000', '--1', '1,234,56.7.8']) {
      expect(errorCode(bad, 'number'), bad).toBe('invalid-number');
    }
    expect(compileFilter('>=1x', { type: 'number' })).toEqual({
      ok: false,
      errors: [{ code: 'invalid-number', params: { term: '>=1x', value: '1x' }, span: { start: 2, end: 4 } }],
    });
    expect(errorCode('9'.repeat(400), 'number')).toBe('number-out-of-range');
    expect(errorCode('5*', 'number')).toBe('wildcard-not-allowed');
  });

  it('collects an error for every bad term', () => {
    const result = compileFilter('x|5|y', { type: 'number' });
    expect(result.ok ? [] : result.errors.map((e) => e.span)).toEqual([
      { start: 0, end: 1 },
      { start: 4, end: 5 },
    ]);
  });
});

describe('money columns', () => {
  it('compares integer cents, with € or EUR before or after', () => {
    expect(value('1.234,56 €', 'money')).toBe(123456);
    expect(value('€1,234.56', 'money')).toBe(123456);
    expect(value('EUR 12', 'money')).toBe(1200);
    expect(value('12eur', 'money')).toBe(1200);
    expect(value('-0,05', 'money')).toBe(-5);
    expect(value('0,1', 'money')).toBe(10);
    expect(value('1,500 €', 'money', { language: 'de' })).toBe(150);
    expect(value('>=1.000', 'money', { language: 'de' })).toBe(100000);
  });

  it('rejects more than two decimals and non-numbers', () => {
    expect(errorCode('1,234', 'money', { language: 'de' })).toBe('too-many-decimals');
    expect(errorCode('0.001', 'money')).toBe('too-many-decimals');
    expect(errorCode('€', 'money')).toBe('invalid-number');
    expect(errorCode('1 € €', 'money')).toBe('invalid-number');
    expect(errorCode('9'.repeat(20), 'money')).toBe('number-out-of-range');
  });
});

describe('numbers survive being written the German or the English way (property)', () => {
  it('integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), fc.boolean(), (n, group) => {
        const sign = n < 0 ? '-' : '';
        const digits = String(Math.abs(n));
        const german = `${sign}${group ? grouped(digits, '.') : digits}`;
        const english = `${sign}${group ? grouped(digits, ',') : digits}`;
        expect(value(german, 'number', { language: 'de' })).toBe(n);
        expect(value(english, 'number', { language: 'en' })).toBe(n);
      }),
    );
  });

  it('cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), fc.boolean(), (cents, group) => {
        const sign = cents < 0 ? '-' : '';
        const euros = String(Math.floor(Math.abs(cents) / 100));
        const rest = String(Math.abs(cents) % 100).padStart(2, '0');
        const german = `${sign}${group ? grouped(euros, '.') : euros},${rest}`;
        const english = `${sign}${group ? grouped(euros, ',') : euros}.${rest}`;
        expect(value(german, 'money', { language: 'de' })).toBe(cents);
        expect(value(`${german} €`, 'money', { language: 'en' })).toBe(cents);
        expect(value(english, 'money', { language: 'en' })).toBe(cents);
        expect(value(english, 'money', { language: 'de' })).toBe(cents);
      }),
    );
  });
});
