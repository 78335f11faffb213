import { isIP } from 'node:net';

const PRUNE_EVERY_MS = 60_000;

/**
 * Counts password attempts per key (account, client address) in a sliding window. An attempt
 * is booked *before* the password is checked, so parallel guesses cannot slip past the limit
 * while the slow hash runs. Kept in memory with a hard cap on keys; with several instances each
 * enforces its own limit (docs/decisions/0005-login-throttle-in-memory.md).
 */
export class LoginThrottle {
  private readonly attempts = new Map<string, number[]>();
  private lastPrune = 0;

  constructor(
    private readonly maxAttempts: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 50_000,
  ) {}

  /**
   * Books one attempt on every key and returns 0, or — when any key is at its limit — books
   * nothing and returns the milliseconds until it may try again.
   */
  tryAttempt(keys: readonly string[]): number {
    const now = this.now();
    this.pruneOccasionally(now);
    const wait = Math.max(0, ...keys.map((key) => this.retryAfterMs(key, now)));
    if (wait > 0) return wait;
    for (const key of keys) {
      const recent = this.recent(key, now);
      recent.push(now);
      // Re-inserting moves the key to the end, so eviction below drops the longest-idle keys.
      this.attempts.delete(key);
      this.attempts.set(key, recent);
    }
    while (this.attempts.size > this.maxKeys) {
      const oldest = this.attempts.keys().next().value;
      if (oldest === undefined) break;
      this.attempts.delete(oldest);
    }
    return 0;
  }

  /** Forgets every attempt of a key (an account after a successful login). */
  reset(key: string): void {
    this.attempts.delete(key);
  }

  /** Takes back the latest attempt of a key (a successful login does not count against its address). */
  release(key: string): void {
    this.attempts.get(key)?.pop();
  }

  private retryAfterMs(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.maxAttempts) return 0;
    return Math.max(1, (recent[recent.length - this.maxAttempts] ?? now) + this.windowMs - now);
  }

  private recent(key: string, now: number): number[] {
    return (this.attempts.get(key) ?? []).filter((at) => at > now - this.windowMs);
  }

  private pruneOccasionally(now: number): void {
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    for (const [key, times] of this.attempts) {
      if (!times.some((at) => at > now - this.windowMs)) this.attempts.delete(key);
    }
  }
}

/**
 * The throttling key of a client address. IPv6 clients usually own a whole /64, so that prefix
 * is the unit; IPv4-mapped IPv6 addresses count as their IPv4 address.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return `ip:${mapped[1]}`;
  if (isIP(ip) !== 6) return `ip:${ip}`;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = ip.includes('::') ? (tail ? tail.split(':') : []) : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = ip.includes('::') ? [...headGroups, ...Array(missing).fill('0'), ...tailGroups] : headGroups;
  return `ip:${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
