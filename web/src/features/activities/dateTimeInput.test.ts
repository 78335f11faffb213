import { describe, expect, it } from 'vitest';
import { formatDateTimeInput, parseDateTimeInput } from './dateTimeInput';

describe('date and time fields', () => {
  it('reads German, English and ISO notation as a local instant', () => {
    const expected = new Date(2026, 10, 25, 14, 30).toISOString();
    expect(parseDateTimeInput('25.11.2026 14:30')).toBe(expected);
    expect(parseDateTimeInput('25/11/2026 14.30')).toBe(expected);
    expect(parseDateTimeInput('2026-11-25T14:30')).toBe(expected);
    expect(parseDateTimeInput(' 25.11.2026 ')).toBe(new Date(2026, 10, 25).toISOString());
  });

  it('tells empty from invalid', () => {
    expect(parseDateTimeInput('  ')).toBeNull();
    for (const bad of ['31.11.2026 10:00', '25.11.2026 24:00', '25.11.2026 10:60', 'morgen', '25.11.2026 10'])
      expect(parseDateTimeInput(bad)).toBeUndefined();
  });

  it('writes what it reads, in the language of the form', () => {
    const instant = new Date(2026, 0, 5, 9, 7);
    expect(formatDateTimeInput(instant, 'de')).toBe('05.01.2026 09:07');
    expect(formatDateTimeInput(instant, 'en')).toBe('05/01/2026 09:07');
    expect(parseDateTimeInput(formatDateTimeInput(instant, 'de'))).toBe(instant.toISOString());
  });
});
