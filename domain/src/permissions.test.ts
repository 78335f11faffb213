import { describe, expect, it } from 'vitest';
import { hasPermission } from './permissions.js';

describe('permissions', () => {
  it('grants only what the set contains', () => {
    expect(hasPermission(['users.read'], 'users.read')).toBe(true);
    expect(hasPermission(['users.read'], 'users.manage')).toBe(false);
    expect(hasPermission([], 'users.read')).toBe(false);
  });
});
