import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';

/** Where the processes behind a load balancer share state (rate limits, sign-in failure counts); unset: each process on its own. */
export const redisUrlOf = (env: NodeJS.ProcessEnv = process.env): string | undefined => env.REDIS_URL?.trim() || undefined;

const clients = new WeakMap<Core.Strapi, Redis | null>();

/**
 * The one Redis connection of this Strapi, opened on first use when REDIS_URL is set (the sign-in
 * limits, the public rate limit and /readyz share it), closed with the HTTP server.
 *
 * No offline queue and one retry: a command fails at once while Redis is unreachable, so that its
 * callers fall back to counting in this process instead of making a request wait. ioredis
 * reconnects by itself; the outage is logged once, and its end too.
 */
export function sharedRedis(strapi: Core.Strapi): Redis | undefined {
  const known = clients.get(strapi);
  if (known !== undefined) return known ?? undefined;
  const url = redisUrlOf();
  if (!url) {
    clients.set(strapi, null);
    return undefined;
  }
  // REDIS_KEY_PREFIX: several deployments (or test runs) on one Redis keep apart.
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, keyPrefix: process.env.REDIS_KEY_PREFIX || undefined });
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) strapi.log.warn(`Redis unreachable (${error.message}); rate limits and sign-in counts are kept in this process meanwhile`);
    down = true;
  });
  redis.on('ready', () => {
    if (down) strapi.log.info('Redis reachable again');
    down = false;
  });
  clients.set(strapi, redis);
  strapi.server.httpServer.on('close', () => redis.disconnect());
  return redis;
}
