import { type Permission, permissionSchema, type RoleKey, roleKeySchema } from '@kontor/domain/permissions';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { RoleRepository } from './repository.js';

/** Roles are data (seeded by the first migration); an editor comes with custom roles. */
export class RoleService {
  private readonly roles: RoleRepository;

  constructor(db: Kysely<Database>) {
    this.roles = new RoleRepository(db);
  }

  async list(): Promise<{ key: RoleKey; permissions: Permission[] }[]> {
    const rows = await this.roles.list();
    return rows.map((row) => ({
      key: roleKeySchema.parse(row.key),
      permissions: (JSON.parse(row.permissions) as unknown[]).flatMap((p) => {
        const parsed = permissionSchema.safeParse(p);
        return parsed.success ? [parsed.data] : [];
      }),
    }));
  }
}
