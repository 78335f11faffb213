import type { Span } from './ast.js';

/** Every way a filter can be wrong; the UI turns each into a sentence via `describeFilterError`. */
export const FILTER_ERROR_CODES = [
  // Syntax (parseFilter)
  'empty-filter',
  'input-too-long',
  'too-many-terms',
  'missing-term',
  'missing-term-at-end',
  'missing-value',
  'unclosed-parenthesis',
  'unmatched-parenthesis',
  'unclosed-quote',
  'unexpected-character',
  'expected-connective',
  'negated-group',
  // Meaning for the column's type (toConditions)
  'invalid-number',
  'number-out-of-range',
  'too-many-decimals',
  'invalid-date',
  'invalid-time-zone',
  'unknown-enum-value',
  'invalid-boolean',
  'operator-not-allowed',
  'wildcard-not-allowed',
] as const;

export type FilterErrorCode = (typeof FILTER_ERROR_CODES)[number];

export interface FilterError {
  code: FilterErrorCode;
  params: Record<string, string | number>;
  span: Span;
}

export const MAX_FILTER_LENGTH = 1000;
export const MAX_FILTER_TERMS = 50;
