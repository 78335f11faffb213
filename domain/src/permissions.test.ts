import { describe, expect, it } from 'vitest';
import { DEFAULT_ROLE_PERMISSIONS, hasPermission, PERMISSIONS, ROLE_KEYS } from './permissions.js';

describe('permissions', () => {
  it('grants only what the set contains', () => {
    expect(hasPermission(['users.read'], 'users.read')).toBe(true);
    expect(hasPermission(['users.read'], 'users.manage')).toBe(false);
    expect(hasPermission([], 'users.read')).toBe(false);
  });

  it('gives the admin everything and read-only nothing that changes data', () => {
    expect([...DEFAULT_ROLE_PERMISSIONS.admin].sort()).toEqual([...PERMISSIONS].sort());
    expect(DEFAULT_ROLE_PERMISSIONS['read-only'].filter((p) => !p.endsWith('.read'))).toEqual([]);
  });

  it('defines every role from only known permissions', () => {
    for (const role of ROLE_KEYS) {
      for (const permission of DEFAULT_ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(permission);
    }
  });
});
