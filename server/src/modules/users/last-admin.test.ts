import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/harness.js';
import type { Principal } from '../../platform/auth/principal.js';
import { type DatabaseHandle, migrateToLatest } from '../../platform/db/connection.js';
import { UserService } from './service.js';

// The API already stops admins from demoting or deactivating themselves; these tests hold the
// service's own guarantee against any caller (CLI, automation, a future custom role).
describe('the last usable admin', () => {
  let database: DatabaseHandle;
  let users: UserService;
  const operator: Principal = {
    userId: 'operator',
    role: 'admin',
    language: 'de',
    permissions: [],
    visibility: 'all',
    teamIds: [],
    via: 'token',
  };

  beforeEach(async () => {
    database = await freshDatabase();
    await migrateToLatest(database.db);
    users = new UserService(database.db);
  });
  afterEach(() => database.close());

  const admin = async (email: string, password?: string) =>
    (
      await users.create(null, {
        email,
        name: email,
        role: 'admin',
        teamIds: [],
        language: 'de',
        ...(password ? { password } : {}),
      })
    ).user;

  it('cannot be demoted while the only other admin is merely invited', async () => {
    const a = await admin('a@example.de', 'ein-sicheres-passwort');
    await admin('invited@example.de');
    await expect(users.update(operator, a.id, { version: a.version, role: 'sales' })).rejects.toMatchObject({
      code: 'last-admin',
    });
  });

  it('survives two admins being removed at the same moment', async () => {
    const a = await admin('a@example.de', 'ein-sicheres-passwort');
    const b = await admin('b@example.de', 'ein-sicheres-passwort');
    const results = await Promise.allSettled([
      users.update(operator, a.id, { version: a.version, active: false }),
      users.update(operator, b.id, { version: b.version, role: 'sales' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const remaining = await database.db
      .selectFrom('users')
      .select('id')
      .where('role_key', '=', 'admin')
      .where('active', '=', 1)
      .execute();
    expect(remaining).toHaveLength(1);
  });
});
