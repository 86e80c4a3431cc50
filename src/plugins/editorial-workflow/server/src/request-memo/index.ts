import { AsyncLocalStorage } from 'async_hooks';
import type { Context, Next } from 'koa';

/**
 * What one request has already looked up about its person's scope. Strapi's permission engine
 * evaluates a condition once per right that carries it: an editor's ability, built on every admin
 * request, ran the item-in-scope condition (memberships, the leadership's role count, the
 * department's queue, its files) for each content-manager right, some 25 queries before the
 * request did anything (bench/load). Within one request the answer cannot change unless the request
 * itself writes a membership or an item's state, and then ./invalidation.ts forgets it all.
 * Nothing is kept between requests: a membership ended in one request is gone for the next.
 */
const scope = new AsyncLocalStorage<Map<string, Promise<unknown>>>();

/** Opens an empty memo for each request (registered first, in the plugin's register()). */
export function requestMemoMiddleware() {
  return async function requestMemo(_ctx: Context, next: Next): Promise<void> {
    await scope.run(new Map(), next);
  };
}

/**
 * `compute()` once per request and key; outside a request (cron jobs, scripts) every call computes.
 * A failed computation is not kept, so a retry in the same request tries again.
 */
export function memoInRequest<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const memo = scope.getStore();
  if (!memo) return compute();
  const known = memo.get(key) as Promise<T> | undefined;
  if (known) return known;
  const pending = compute();
  memo.set(key, pending);
  pending.catch(() => {
    if (memo.get(key) === pending) memo.delete(key);
  });
  return pending;
}

/** Forgets what this request looked up (it wrote something a lookup depends on). */
export function forgetRequestMemo(): void {
  scope.getStore()?.clear();
}
