import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export class ApiTokenRepository {
  constructor(private readonly db: Kysely<Database>) {}

  listActiveOf(userId: string) {
    return this.db
      .selectFrom('api_tokens')
      .select(['id', 'name', 'prefix', 'created_at', 'last_used_at', 'expires_at'])
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .orderBy('created_at', 'desc')
      .execute();
  }

  async insert(row: Database['api_tokens']): Promise<void> {
    await this.db.insertInto('api_tokens').values(row).execute();
  }

  async revoke(id: string, userId: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
