import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract, type RateLimiterStoreAbstract } from 'rate-limiter-flexible';
import type { AdminSecurityConfig } from './config';

type Limiter = RateLimiterAbstract | RateLimiterStoreAbstract;

/**
 * Failed sign-in attempts counted per key (a client address, an account's e-mail) over a window.
 * In this process by default; in Redis when REDIS_URL is set, so that every process behind a load
 * balancer sees the same counts.
 */
export interface FailureCounter {
  /** Reserves an attempt: false when the key is already at its limit or blocked (nothing is counted then). */
  reserve(key: string): Promise<{ allowed: boolean; retryAfterSeconds: number }>;
  /** Gives back a reserved attempt that did not fail. */
  release(key: string): Promise<void>;
  /** Counts a failure without a reservation; true when this one reached the limit (the key is blocked from now on). */
  fail(key: string): Promise<boolean>;
  /** Whether the key is blocked, and for how long still. */
  blocked(key: string): Promise<{ blocked: boolean; retryAfterSeconds: number }>;
  /** After a success: the earlier failures are forgotten. */
  forget(key: string): Promise<void>;
  /** After a failure of a reserved attempt: blocks the key once it has reached its limit; true when this attempt did. */
  blockIfReached(key: string): Promise<boolean>;
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export function failureCounter(limiter: Limiter, max: number, blockSeconds: number): FailureCounter {
  const state = async (key: string) => limiter.get(key);
  const block = async (key: string) => {
    await limiter.block(key, blockSeconds);
  };
  return {
    async reserve(key) {
      try {
        await limiter.consume(key, 1);
        return { allowed: true, retryAfterSeconds: 0 };
      } catch (rejection) {
        if (rejection instanceof Error) throw rejection; // the store failed: not a refusal
        await limiter.reward(key, 1);
        return { allowed: false, retryAfterSeconds: seconds((rejection as { msBeforeNext: number }).msBeforeNext) };
      }
    },
    async release(key) {
      await limiter.reward(key, 1);
    },
    async fail(key) {
      const res = await limiter.penalty(key, 1);
      if (res.consumedPoints < max) return false;
      await block(key);
      return res.consumedPoints === max;
    },
    async blocked(key) {
      const res = await state(key);
      return res && res.consumedPoints > max ? { blocked: true, retryAfterSeconds: seconds(res.msBeforeNext) } : { blocked: false, retryAfterSeconds: 0 };
    },
    async forget(key) {
      await limiter.delete(key);
    },
    async blockIfReached(key) {
      const res = await state(key);
      if (!res || res.consumedPoints < max) return false;
      const first = res.consumedPoints === max;
      await block(key);
      return first;
    },
  };
}

/** The two counters of the sign-in routes: per client address and per account; in Redis when given one (src/shared-state/redis.ts). */
export function failureCounters(config: AdminSecurityConfig, redis?: Redis): { perAddress?: FailureCounter; perAccount?: FailureCounter } {
  const limiter = (keyPrefix: string, points: number): Limiter => {
    const options = { keyPrefix, points, duration: config.windowSeconds };
    // Should Redis be unreachable, this process counts on its own instead of failing the sign-in.
    return redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) }) : new RateLimiterMemory(options);
  };
  return {
    perAddress:
      config.maxFailuresPerAddress > 0
        ? failureCounter(limiter('admin-auth-address', config.maxFailuresPerAddress), config.maxFailuresPerAddress, config.blockSeconds)
        : undefined,
    perAccount:
      config.maxFailuresPerAccount > 0
        ? failureCounter(limiter('admin-login-account', config.maxFailuresPerAccount), config.maxFailuresPerAccount, config.blockSeconds)
        : undefined,
  };
}
