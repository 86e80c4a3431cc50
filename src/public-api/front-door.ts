import type { Context, Next } from 'koa';
import type { PublicApiConfig } from './config';
import { sendPublic, type PublicResponse } from './public-response';
import type { ClientRateLimit } from './rate-limiter';
import type { ResponseCache } from './response-cache';

/** Where a controller leaves the rendered response for the front door to cache. */
export const RENDERED_STATE_KEY = 'publicApiResponse';

export function leaveForCache(ctx: Context, response: PublicResponse): void {
  ctx.state[RENDERED_STATE_KEY] = response;
}

const PUBLIC_ROUTES = ['articles', 'topics', 'units', 'media-assets', 'feed.rss', 'sitemap.xml', 'consultations'];
/** Public endpoints two segments deep: the provincial portal's feeds. */
const PUBLIC_NESTED_ROUTES = ['portal/feed.rss', 'portal/feed.json'];

/**
 * Strapi's router matches paths case-insensitively (a RegExp `i` flag without `u`, so only ASCII
 * letters fold) and ignores a trailing slash; the front door must recognise the same requests, or
 * `/API/Articles` would reach the database past the limit and the cache.
 */
const asciiLower = (text: string) => text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());

const decodeSegment = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/**
 * Public pages outside the REST prefix that the same rate limit guards: the preview links of drafts
 * (`/preview/<token>`, src/plugins/editorial-workflow/server/src/preview/public-page.ts, which
 * answers every request under it with this same reading of the path).
 */
const LIMITED_PAGES = ['preview'];

/** Whether the path's first segment (decoded, in any case) is one of LIMITED_PAGES. */
export function isLimitedPage(path: string): boolean {
  const first = path.split('/').filter(Boolean).map(decodeSegment)[0];
  return first !== undefined && LIMITED_PAGES.includes(asciiLower(first));
}

export interface RecognisedPath {
  /** The path lies under the REST prefix (in any case or spelling): the rate limit applies. */
  underPrefix: boolean;
  /** The one spelling of a public endpoint's path, when it is one: what the router, the controller and the cache key see. */
  publicPath?: string;
}

/**
 * Reads a request path segment by segment: each percent-decoded once (`%61rticles` is `articles`,
 * a `%2F` stays inside its segment), empty segments (doubled and trailing slashes) dropped, the
 * fixed words compared without case. The slug of `articles/by-slug/:slug` keeps its case and is
 * re-encoded, so the router decodes it to the same value as from the canonical spelling.
 */
export function recognisePath(path: string, prefix: string): RecognisedPath {
  const prefixWords = prefix.split('/').filter(Boolean).map(asciiLower);
  const segments = path.split('/').filter(Boolean).map(decodeSegment);
  const underPrefix = segments.length >= prefixWords.length && prefixWords.every((word, i) => asciiLower(segments[i]) === word);
  if (!underPrefix) return { underPrefix: false };
  const route = segments.slice(prefixWords.length);
  const base = `/${prefixWords.join('/')}`;
  if (route.length === 1 && PUBLIC_ROUTES.includes(asciiLower(route[0]))) return { underPrefix, publicPath: `${base}/${asciiLower(route[0])}` };
  if (route.length === 2 && PUBLIC_NESTED_ROUTES.includes(route.map(asciiLower).join('/'))) {
    return { underPrefix, publicPath: `${base}/${route.map(asciiLower).join('/')}` };
  }
  // A consultation by its slug; its comment form and comments (deeper, never cached) are not public paths here.
  if (route.length === 2 && asciiLower(route[0]) === 'consultations') {
    return { underPrefix, publicPath: `${base}/consultations/${encodeURIComponent(route[1])}` };
  }
  if (route.length === 3 && asciiLower(route[0]) === 'articles' && asciiLower(route[1]) === 'by-slug') {
    return { underPrefix, publicPath: `${base}/articles/by-slug/${encodeURIComponent(route[2])}` };
  }
  return { underPrefix };
}

/**
 * The first middleware of the server, ahead of Strapi's own stack (logger, security, session,
 * query parsing, router, permissions): it rate-limits every content-API request (and the public
 * pages of LIMITED_PAGES) by client address and answers public GETs from the response cache. A
 * miss goes through Strapi as usual, and the response the controller rendered is stored on the
 * way back. A public endpoint reached by another spelling of its path (case, slashes,
 * percent-encoding) is rewritten to the canonical one first, so every spelling shares one cache
 * entry and one route.
 */
export function publicApiFrontDoor(options: {
  config: PublicApiConfig;
  cache: ResponseCache;
  limiter?: ClientRateLimit;
  clientAddress: (remoteAddress: string | undefined, forwardedFor: string | undefined) => string;
}) {
  const { config, cache, limiter, clientAddress } = options;

  return async function publicApiFrontDoor(ctx: Context, next: Next): Promise<void> {
    const { underPrefix, publicPath } = recognisePath(ctx.path, config.prefix);
    if (!underPrefix && !isLimitedPage(ctx.path)) return next();

    if (limiter) {
      const wait = await limiter.take(clientAddress(ctx.req.socket.remoteAddress, ctx.get('X-Forwarded-For')));
      if (wait > 0) {
        ctx.status = 429;
        ctx.set('Retry-After', String(wait));
        ctx.body = {
          data: null,
          error: { status: 429, name: 'TooManyRequestsError', message: `Quá nhiều yêu cầu: vui lòng thử lại sau ${wait} giây.`, details: {} },
        };
        return;
      }
    }

    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !publicPath) return next();
    if (ctx.path !== publicPath) ctx.path = publicPath;
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
