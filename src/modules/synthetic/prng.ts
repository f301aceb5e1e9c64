// A small seeded PRNG (mulberry32) with the sampling helpers the generator needs; fully deterministic.

/** Deterministic random source: same seed, same sequence, on every platform. */
export class Prng {
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

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Prng.pick: empty list');
    return item;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** `count` distinct elements, uniformly. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i += 1) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, n);
  }
}

/** Samples indexes 0..n-1 with Zipf-like weights 1/(rank+1)^s: a few common, a long tail. */
export class ZipfSampler {
  private readonly cumulative: number[];

  constructor(n: number, s = 1.07) {
    let total = 0;
    this.cumulative = Array.from({ length: n }, (_, i) => (total += 1 / Math.pow(i + 1, s)));
    this.cumulative = this.cumulative.map((c) => c / total);
  }

  /** One index. */
  draw(rng: Prng): number {
    const u = rng.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 1) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** `count` distinct indexes (count must be well below n). */
  drawDistinct(rng: Prng, count: number): number[] {
    const out = new Set<number>();
    while (out.size < count) out.add(this.draw(rng));
    return [...out];
  }
}
