import { describe, expect, it } from 'vitest';
import { storedEnum } from './stored-enum.js';

describe('storedEnum', () => {
  const kind = storedEnum(['company', 'household'], 'company');
  const optional = storedEnum(['A', 'B'], null);

  it('keeps a known value', () => {
    expect(kind('household')).toBe('household');
    expect(optional('B')).toBe('B');
  });

  it('falls back for unknown, empty and missing values', () => {
    expect(kind('planet')).toBe('company');
    expect(kind('')).toBe('company');
    expect(optional(null)).toBeNull();
    expect(optional(undefined)).toBeNull();
    // Inherited object keys are not values.
    expect(optional('toString')).toBeNull();
  });
});
