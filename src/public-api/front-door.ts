import type { Context, Next } from 'koa';
import type { PublicApiConfig } from './config';
import { sendPublic, type PublicResponse } from './public-response';
import type { RateLimiter } from './rate-limiter';
import type { ResponseCache } from './response-cache';

/** Where a controller leaves the rendered response for the front door to cache. */
export const RENDERED_STATE_KEY = 'publicApiResponse';

export function leaveForCache(ctx: Context, response: PublicResponse): void {
  ctx.state[RENDERED_STATE_KEY] = response;
}

/**
 * The first middleware of the server, ahead of Strapi's own stack (logger, security, session,
 * query parsing, router, permissions): it rate-limits every content-API request by client address
 * and answers public GETs from the response cache. A miss goes through Strapi as usual, and the
 * response the controller rendered is stored on the way back.
 */
export function publicApiFrontDoor(options: {
  config: PublicApiConfig;
  cache: ResponseCache;
  limiter?: RateLimiter;
  clientAddress: (remoteAddress: string | undefined, forwardedFor: string | undefined) => string;
}) {
  const { config, cache, limiter, clientAddress } = options;
  const prefix = `${config.prefix}/`;
  const exact = new Set(['articles', 'topics', 'units', 'media-assets', 'feed.rss', 'sitemap.xml'].map((p) => prefix + p));
  const bySlug = `${prefix}articles/by-slug/`;
  const isPublic = (path: string) => exact.has(path) || (path.startsWith(bySlug) && path.indexOf('/', bySlug.length) === -1);

  return async function publicApiFrontDoor(ctx: Context, next: Next): Promise<void> {
    const path = ctx.path;
    if (!path.startsWith(prefix)) return next();

    if (limiter) {
      const wait = limiter.take(clientAddress(ctx.req.socket.remoteAddress, ctx.get('X-Forwarded-For')));
      if (wait > 0) {
        ctx.status = 429;
        ctx.set('Retry-After', String(wait));
        ctx.body = {
          data: null,
          error: { status: 429, name: 'TooManyRequestsError', message: `Too many requests: retry in ${wait} s.`, details: {} },
        };
        return;
      }
    }

    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !isPublic(path)) return next();
    const key = ctx.url;
    const cached = cache.get(key);
    if (cached) {
      ctx.set('X-Public-Cache', 'hit');
      return sendPublic(ctx, cached);
    }

    const generation = cache.generation;
    await next();
    const response = ctx.state[RENDERED_STATE_KEY] as PublicResponse | undefined;
    if (response) cache.set(key, response, generation);
  };
}
