// Seeded randomness for the data generator: the same seed gives the same data everywhere.

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same data everywhere. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(this.next() * 10);
    return s;
  }
}

/** Picks from a list with Zipf-like weights (the first entries most often). */
export class Weighted<T> {
  private readonly cumulative: number[] = [];

  constructor(
    private readonly items: readonly T[],
    exponent = 0.8,
  ) {
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      total += 1 / (i + 1) ** exponent;
      this.cumulative.push(total);
    }
    for (let i = 0; i < this.cumulative.length; i++)
      this.cumulative[i] = (this.cumulative[i] as number) / total;
  }

  pick(random: Random): T {
    const r = random.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo] as T;
  }
}
