import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createUserSchema,
  emailSchema,
  PASSWORD_MIN_LENGTH,
  passwordSchema,
  updateUserSchema,
} from './users.js';

describe('user input', () => {
  it('normalises e-mail addresses to trimmed lower case', () => {
    expect(emailSchema.parse('  Anna.Schneider@Muster.DE ')).toBe('anna.schneider@muster.de');
    expect(emailSchema.safeParse('anna@').success).toBe(false);
  });

  it('accepts any password of allowed length, with no composition rules', () => {
    fc.assert(
      fc.property(fc.string({ minLength: PASSWORD_MIN_LENGTH, maxLength: 256 }), (password) => {
        expect(passwordSchema.safeParse(password).success).toBe(true);
      }),
    );
    expect(passwordSchema.safeParse('a'.repeat(PASSWORD_MIN_LENGTH - 1)).success).toBe(false);
  });

  it('never lets an update through without the version it was based on', () => {
    expect(updateUserSchema.safeParse({ name: 'X' }).success).toBe(false);
    expect(updateUserSchema.safeParse({ version: 3, name: 'X' }).success).toBe(true);
  });

  it('rejects fields the API does not know', () => {
    expect(
      createUserSchema.safeParse({ email: 'a@b.de', name: 'A', role: 'sales', isSuperUser: true }).success,
    ).toBe(false);
  });
});
