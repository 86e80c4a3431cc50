import type { Context, Next } from 'koa';
import { recognisePath } from '../public-api/front-door';
import { histogram } from './registry';

const requestDuration = histogram(
  'newsroom_http_request_duration_seconds',
  'Time to answer an HTTP request, by method, route pattern and status',
  ['method', 'route', 'status'],
  [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
);

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * The route label: the pattern the router matched (`/api/articles/by-slug/:slug`), never the URL
 * itself, so ids and slugs do not make a series each. A public response served from the cache
 * never reaches the router: its pattern comes from the front door's reading of the path. Anything
 * else (static files, 404s) is `unmatched`.
 */
export function routeLabel(ctx: Context, prefix: string): string {
  const matched = (ctx as Context & { _matchedRoute?: string | RegExp })._matchedRoute;
  if (typeof matched === 'string') return matched;
  if (matched) return 'unmatched';
  const { publicPath } = recognisePath(ctx.path, prefix);
  if (publicPath) return publicPath.replace(/\/by-slug\/[^/]+$/, '/by-slug/:slug');
  return 'unmatched';
}

/** Measures every request, whatever answers it (cache, router, an error). */
export function httpMetricsMiddleware(prefix: () => string) {
  return async function httpMetrics(ctx: Context, next: Next): Promise<void> {
    const start = process.hrtime.bigint();
    try {
      await next();
    } finally {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      requestDuration.observe(
        { method: METHODS.has(ctx.method) ? ctx.method : 'OTHER', route: routeLabel(ctx, prefix()), status: String(ctx.status) },
        seconds
      );
    }
  };
}
