import type { Core } from '@strapi/strapi';
import { RateLimiter, type ClientRateLimit } from '../../../../../public-api/rate-limiter';
import { SharedRateLimiter } from '../../../../../public-api/shared-rate-limiter';
import { clientAddressResolver } from '../../../../../public-api/client-address';
import { publicApiOf } from '../../../../../public-api';
import { sharedRedis } from '../../../../../shared-state/redis';
import type { PublicFormConfig } from './config';

export interface FormAddressLimit {
  /** 0 when the address may post, else the whole seconds to wait. */
  take(remoteAddress: string | undefined, forwardedFor: string | undefined): Promise<number>;
}

/**
 * The posts per client address. Shared with the public API's limit: a post is counted there too
 * (its front door counts every request under the prefix), the address is read the same way (its
 * trusted proxies only: a forged X-Forwarded-For from anyone else is ignored, so rotating it
 * changes nothing), and the count is kept in the same store (Redis across processes when
 * REDIS_URL is set). This tighter limit of its own is for writes: reading 300 pages a minute is a
 * reader, posting 300 comments is not.
 */
export function formAddressLimit(strapi: Core.Strapi, config: PublicFormConfig): FormAddressLimit {
  const { max, windowSeconds } = config.rateLimit;
  const redis = sharedRedis(strapi);
  const limiter: ClientRateLimit | undefined =
    max <= 0 ? undefined : redis ? new SharedRateLimiter(redis, max, windowSeconds, 'public-form-rate') : new RateLimiter(max, windowSeconds);
  const addressOf = clientAddressResolver(publicApiOf(strapi).config.trustedProxies);
  return {
    async take(remoteAddress, forwardedFor) {
      return limiter ? limiter.take(addressOf(remoteAddress, forwardedFor)) : 0;
    },
  };
}
