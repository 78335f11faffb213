import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export class RoleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  list() {
    return this.db.selectFrom('roles').select(['key', 'permissions']).orderBy('key').execute();
  }
}
