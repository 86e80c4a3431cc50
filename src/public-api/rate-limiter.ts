/** The public API's limit per client address, in this process or shared (shared-rate-limiter.ts). */
export interface ClientRateLimit {
  /** Takes one request: 0 when allowed, else the whole seconds to wait before retrying. */
  take(address: string): number | Promise<number>;
}

/**
 * A token bucket per client address: `max` requests, refilled evenly over `windowSeconds`, so a
 * client may burst up to `max` and then goes at the refill rate. Per process: behind a load
 * balancer with N processes a client gets up to N times the limit: without Redis only.
 */
export class RateLimiter implements ClientRateLimit {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(
    private readonly max: number,
    windowSeconds: number,
    private readonly maxTracked = 100_000
  ) {
    this.perMs = max / (windowSeconds * 1000);
  }

  /** Takes one request's token: 0 when allowed, else the whole seconds to wait before retrying. */
  take(address: string, now = Date.now()): number {
    let bucket = this.buckets.get(address);
    if (!bucket) {
      if (this.buckets.size >= this.maxTracked) this.sweep(now);
      bucket = { tokens: this.max, at: now };
      this.buckets.set(address, bucket);
    } else {
      bucket.tokens = Math.min(this.max, bucket.tokens + (now - bucket.at) * this.perMs);
      bucket.at = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  /** Forgets buckets that have refilled (their clients are as good as new); the oldest half if none. */
  private sweep(now: number): void {
    for (const [address, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.max) this.buckets.delete(address);
    }
    if (this.buckets.size >= this.maxTracked) {
      let drop = this.buckets.size / 2;
      for (const address of this.buckets.keys()) {
        if (drop-- <= 0) break;
        this.buckets.delete(address);
      }
    }
  }
}
