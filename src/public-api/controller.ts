import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import type { PublicEndpoints } from './endpoints';
import { leaveForCache } from './front-door';
import { publicApiOf } from './index';
import { sendPublic, type PublicResponse } from './public-response';

/**
 * A controller action of the public API: runs an endpoint, answers its bytes (or a 304) and leaves
 * them for the front door to cache; `null` from the endpoint is a 404 with `notFound` as message.
 */
export function publicAction(
  strapi: Core.Strapi,
  run: (endpoints: PublicEndpoints, ctx: Context) => Promise<PublicResponse | null>,
  notFound = 'Not found.'
) {
  return async (ctx: Context): Promise<void> => {
    const response = await run(publicApiOf(strapi).endpoints, ctx);
    if (!response) return ctx.notFound(notFound);
    leaveForCache(ctx, response);
    sendPublic(ctx, response);
  };
}
