import Redis from 'ioredis';
import { SharedRateLimiter } from '../shared-rate-limiter';

describe('SharedRateLimiter', () => {
  it('keeps limiting in this process while Redis is unreachable (the insurance limiter)', async () => {
    // Nothing listens on port 1: every command fails at once (no offline queue).
    const redis = new Redis('redis://127.0.0.1:1', { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
    redis.on('error', () => {});
    try {
      const limiter = new SharedRateLimiter(redis, 3, 60);
      const waits = [];
      for (let i = 0; i < 4; i += 1) waits.push(await limiter.take('203.0.113.9'));
      expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
      expect(waits[3]).toBeGreaterThanOrEqual(1);
      expect(await limiter.take('203.0.113.10')).toBe(0);
    } finally {
      redis.disconnect();
    }
  });
});
