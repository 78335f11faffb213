import { describe, expect, it } from 'vitest';
import { organizationNameCore } from './duplicates.js';

describe('organizationNameCore', () => {
  it('ignores legal forms, case, umlaut spelling and punctuation', () => {
    expect(organizationNameCore('Müller Maschinenbau GmbH')).toBe('mueller maschinenbau');
    expect(organizationNameCore('MUELLER Maschinenbau GmbH & Co. KG')).toBe('mueller maschinenbau');
    expect(organizationNameCore('Schäfer & Söhne KG')).toBe('schaefer soehne');
    expect(organizationNameCore('Weiß Elektrotechnik e. K.')).toBe('weiss elektrotechnik');
  });

  it('keeps words that merely contain a legal form', () => {
    expect(organizationNameCore('Agrarhandel Kagel')).toBe('agrarhandel kagel');
  });
});
