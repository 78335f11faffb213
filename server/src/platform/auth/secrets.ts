import { createHash, randomBytes } from 'node:crypto';

/**
 * A new random secret with a readable prefix (`kontor_s_…` for sessions, `kontor_t_…` for
 * API tokens) so a leaked one is recognisable, e.g. by secret scanners.
 */
export function newSecret(kind: 'session' | 'token' | 'invitation' | 'customer-link' | 'csrf'): string {
  const prefix = {
    session: 'kontor_s_',
    token: 'kontor_t_',
    invitation: 'kontor_i_',
    'customer-link': 'kontor_l_',
    csrf: '',
  }[kind];
  return prefix + randomBytes(32).toString('base64url');
}

/**
 * Secrets are stored only as SHA-256 digests. They carry 256 random bits, so a fast hash is
 * enough (unlike passwords, which get argon2id): a stolen database gives no usable secret.
 */
export function digestSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
