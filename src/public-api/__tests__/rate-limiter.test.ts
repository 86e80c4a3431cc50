import { RateLimiter } from '../rate-limiter';

describe('RateLimiter', () => {
  it('lets a client burst up to the limit, then asks it to wait until a token is back', () => {
    const limiter = new RateLimiter(3, 60);
    const t = 1_000_000;
    expect([0, 1, 2].map(() => limiter.take('a', t))).toEqual([0, 0, 0]);
    expect(limiter.take('a', t)).toBe(20); // one token every 20 s
    expect(limiter.take('b', t)).toBe(0);
    expect(limiter.take('a', t + 20_000)).toBe(0);
    expect(limiter.take('a', t + 20_000)).toBeGreaterThan(0);
  });

  it('keeps its memory bounded', () => {
    const limiter = new RateLimiter(1, 60, 100);
    for (let i = 0; i < 1000; i += 1) limiter.take(`10.0.${i >> 8}.${i & 255}`, 0);
    expect((limiter as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThanOrEqual(100);
  });
});
