// Slows repeated failed authentication from one address: after too many failures in a window,
// further attempts from it are refused (HTTP 429) without being checked, until the window passes.

export interface ThrottleOptions {
  /** Failures allowed per address within the window. */
  maxFailures: number;
  /** Window length in milliseconds. */
  windowMs: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** Failure counts per address in fixed windows; memory is bounded by pruning stale entries. */
export class FailureThrottle {
  private readonly failures = new Map<string, { count: number; since: number }>();
  private readonly now: () => number;

  constructor(private readonly opts: ThrottleOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** Seconds until `address` may try again; 0 when it may try now. */
  retryAfter(address: string): number {
    const entry = this.failures.get(address);
    if (!entry) return 0;
    const elapsed = this.now() - entry.since;
    if (elapsed >= this.opts.windowMs) {
      this.failures.delete(address);
      return 0;
    }
    return entry.count >= this.opts.maxFailures
      ? Math.ceil((this.opts.windowMs - elapsed) / 1000)
      : 0;
  }

  /** Records one failed attempt from `address`. */
  fail(address: string): void {
    const t = this.now();
    const entry = this.failures.get(address);
    if (!entry || t - entry.since >= this.opts.windowMs) {
      this.failures.set(address, { count: 1, since: t });
    } else {
      entry.count += 1;
    }
    if (this.failures.size > 10_000) this.prune(t);
  }

  private prune(t: number): void {
    for (const [k, v] of this.failures) {
      if (t - v.since >= this.opts.windowMs) this.failures.delete(k);
    }
  }
}
