import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { ClientRateLimit } from './rate-limiter';

/**
 * The public API's limit shared by every process through Redis (REDIS_URL): `max` requests per
 * client address in each window of `windowSeconds`, counted once for all processes, so a client
 * spreading its requests over N processes still gets `max`, not N times it.
 *
 * A fixed window (rate-limiter-flexible's counter with an expiry) rather than the in-process token
 * bucket: one atomic INCR per request. While Redis is unreachable each process counts on its own
 * (the insurance limiter), so the public API keeps answering.
 */
export class SharedRateLimiter implements ClientRateLimit {
  private readonly limiter: RateLimiterRedis;

  /** `keyPrefix` keeps apart the counts of another limit sharing the store (the public forms' posts). */
  constructor(redis: Redis, max: number, windowSeconds: number, keyPrefix = 'public-api-rate') {
    const options = { keyPrefix, points: max, duration: windowSeconds };
    this.limiter = new RateLimiterRedis({
      ...options,
      storeClient: redis,
      // A down Redis goes to the insurance limiter at once instead of waiting on a reconnection.
      rejectIfRedisNotReady: true,
      // A client past the limit is refused from this process's memory until its window ends: a
      // flood costs no Redis round trip (about 0.3 ms each) once it has been refused here.
      inMemoryBlockOnConsumed: max + 1,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  }

  async take(address: string): Promise<number> {
    try {
      await this.limiter.consume(address, 1);
      return 0;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      // Neither store answered (cannot happen with the in-memory insurance): let the request through.
      return 0;
    }
  }
}
