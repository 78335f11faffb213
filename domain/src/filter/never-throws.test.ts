import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilter, type FieldType, type FilterField } from './conditions.js';
import { describeFilterError } from './describe-error.js';
import type { FilterError } from './errors.js';
import { parseFilter } from './parse.js';

const FIELDS: FilterField[] = (['text', 'number', 'money', 'date', 'datetime', 'boolean'] as FieldType[])
  .map((type): FilterField => ({ type }))
  .concat({ type: 'enum', enumValues: [{ value: 'won', labels: ['Gewonnen', 'Won'] }] });

/** Input built from the characters that matter to the grammar, so most samples are nearly valid. */
const filterish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'&|()!*<>="\\'.split('')),
      fc.constantFrom('a', 'Z', 'ü', '1', '9', '.', ',', ' ', '-', '€', 'heute', '2019', '1.3.2019', 'ja'),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

function expectWellFormed(errors: FilterError[], input: string): void {
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error.span.start).toBeGreaterThanOrEqual(0);
    expect(error.span.start).toBeLessThanOrEqual(error.span.end);
    expect(error.span.end).toBeLessThanOrEqual(input.length);
    expect(describeFilterError(error, 'de')).not.toBe('');
    expect(describeFilterError(error, 'en')).not.toBe('');
  }
}

function checkNeverThrows(input: string): void {
  const parsed = parseFilter(input);
  if (!parsed.ok) expectWellFormed(parsed.errors, input);
  for (const field of FIELDS) {
    for (const language of ['de', 'en'] as const) {
      const compiled = compileFilter(input, field, { language });
      if (!compiled.ok) expectWellFormed(compiled.errors, input);
    }
  }
}

// Thousands of runs per property: on a busy 2-core machine they take longer than Vitest's 5 s default.
describe('any input gets a result, never an exception (property)', { timeout: 30_000 }, () => {
  it('arbitrary strings', () => {
    fc.assert(fc.property(fc.string(), checkNeverThrows), { numRuns: 300 });
  });

  it('arbitrary Unicode, including astral characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), checkNeverThrows), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), checkNeverThrows), { numRuns: 300 });
  });

  it('strings made of the syntax characters, letters, digits, dots, commas and spaces', () => {
    fc.assert(fc.property(filterish, checkNeverThrows), { numRuns: 2000 });
  });

  it('long and pathological inputs', () => {
    for (const input of [
      'a'.repeat(5000),
      '('.repeat(1000),
      ')'.repeat(1000),
      '"'.repeat(999),
      `${'*a'.repeat(300)}b`,
      Array(500).fill('1').join('|'),
      '\\'.repeat(1000),
    ]) {
      checkNeverThrows(input);
    }
  });
});
