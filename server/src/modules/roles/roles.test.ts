import { PERMISSIONS, ROLE_KEYS } from '@kontor/domain/permissions';
import { describe, expect, it } from 'vitest';
import { as, freshAdminAppPerTest } from '../../../test/harness.js';

describe('roles', () => {
  const env = freshAdminAppPerTest();

  it('stores the built-in roles as data: admin may do everything, read-only only read', async () => {
    const roles = (await env.app.inject({ url: '/api/roles', headers: as(env.admin) })).json().items as {
      key: string;
      permissions: string[];
    }[];
    expect(roles.map((r) => r.key).sort()).toEqual([...ROLE_KEYS].sort());
    const byKey = Object.fromEntries(roles.map((r) => [r.key, r.permissions]));
    expect([...(byKey.admin ?? [])].sort()).toEqual([...PERMISSIONS].sort());
    expect(byKey['read-only']?.every((p) => p.endsWith('.read'))).toBe(true);
  });

  it('never grants a permission it does not know, even if the data holds one', async () => {
    await env.database.db
      .updateTable('roles')
      .set({ permissions: '["users.read","launch.rockets"]' })
      .where('key', '=', 'sales')
      .execute();
    const roles = (await env.app.inject({ url: '/api/roles', headers: as(env.admin) })).json().items as {
      key: string;
      permissions: string[];
    }[];
    expect(roles.find((r) => r.key === 'sales')?.permissions).toEqual(['users.read']);
  });
});
