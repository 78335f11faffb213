import type { ApiToken } from '@kontor/domain/tokens';
import type { Kysely } from 'kysely';
import { digestSecret, newSecret } from '../../platform/auth/secrets.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Database } from '../../platform/db/schema.js';
import { invalidField, notFound } from '../../platform/http/problem.js';
import { ApiTokenRepository } from './repository.js';

/** Personal API tokens: shown once at creation, stored only as a digest, revocable. */
export class ApiTokenService {
  private readonly tokens: ApiTokenRepository;

  constructor(db: Kysely<Database>) {
    this.tokens = new ApiTokenRepository(db);
  }

  async listOwn(userId: string): Promise<ApiToken[]> {
    const rows = await this.tokens.listActiveOf(userId);
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      prefix: row.prefix,
      createdAt: row.created_at,
      lastUsedAt: row.last_used_at,
      expiresAt: row.expires_at,
    }));
  }

  async create(
    userId: string,
    input: { name: string; expiresAt?: string },
  ): Promise<{ apiToken: ApiToken; token: string }> {
    const expiresAt = input.expiresAt ? new Date(input.expiresAt).toISOString() : null;
    if (expiresAt && expiresAt <= nowIso()) {
      throw invalidField('expiresAt', 'expiry-in-past');
    }
    const token = newSecret('token');
    const apiToken: ApiToken = {
      id: newId(),
      name: input.name,
      prefix: token.slice(0, 14),
      createdAt: nowIso(),
      lastUsedAt: null,
      expiresAt,
    };
    await this.tokens.insert({
      id: apiToken.id,
      user_id: userId,
      name: apiToken.name,
      token_hash: digestSecret(token),
      prefix: apiToken.prefix,
      created_at: apiToken.createdAt,
      last_used_at: null,
      expires_at: expiresAt,
      revoked_at: null,
    });
    return { apiToken, token };
  }

  async revoke(userId: string, tokenId: string): Promise<void> {
    if (!(await this.tokens.revoke(tokenId, userId, nowIso()))) throw notFound('token-not-found');
  }
}
