import argon2 from 'argon2';

// OWASP's argon2id baseline (19 MiB, 2 passes) keeps a login well under 100 ms on two cores.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

// Made once at start-up, so even the first check of an unknown e-mail takes the usual time.
const dummyHash: Promise<string> = hashPassword('kontor-timing-equaliser');

/**
 * Checks a password against its stored hash. Without a hash (unknown user, pending
 * invitation) it still spends the time of a real check, so timing does not reveal
 * which e-mail addresses exist.
 */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return argon2.verify(hash, password).catch(() => false);
}
