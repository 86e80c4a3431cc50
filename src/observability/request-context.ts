import { AsyncLocalStorage } from 'async_hooks';
import { randomUUID } from 'crypto';
import type { Context, Next } from 'koa';

/** What every line logged while a request is served carries (config/logger.ts reads it). */
interface RequestScope {
  requestId: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** The id of the request being served here, if any. */
export const currentRequestId = (): string | undefined => scope.getStore()?.requestId;

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * An incoming id is kept when a proxy (nginx's $request_id) or a client sent a sane one, so a
 * request can be followed from the proxy's log to ours: up to 128 characters of letters, digits and
 * `-_.:`. Anything else (a log injection, a megabyte header) is replaced by a fresh id.
 */
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdOf(incoming: string | undefined): string {
  return incoming && SANE_ID.test(incoming) ? incoming : randomUUID();
}

/** The first middleware: gives the request its id, echoes it in the response, and scopes the logs to it. */
export function requestIdMiddleware() {
  return async function requestId(ctx: Context, next: Next): Promise<void> {
    const id = requestIdOf(ctx.get(REQUEST_ID_HEADER) || undefined);
    ctx.state.requestId = id;
    ctx.set(REQUEST_ID_HEADER, id);
    await scope.run({ requestId: id }, next);
  };
}
