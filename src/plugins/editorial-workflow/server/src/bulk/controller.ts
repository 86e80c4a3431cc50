import type { Core } from '@strapi/strapi';
import { parseBulkTransition } from '../validation/bulk';
import { actorName, displayName } from '../utils/display-name';
import { runBulkTransition } from './run';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * `POST /items/bulk-transition`: validate the whole request (a 400 and nothing done), then one
 * transition per item (./run.ts). Always 200 once validated: the answer says item by item what
 * was done, what conflicted and what was refused, and why.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async transition(ctx: Ctx) {
    const body = await parseBulkTransition(ctx.request.body);
    // The admin auth strategy has loaded the user already: no second query for the name.
    const user = ctx.state.user as { id: number; email?: string };
    const actor = { id: user.id, name: user.email ? displayName(user) : await actorName(strapi, user.id) };
    ctx.body = { data: await runBulkTransition(strapi, body, actor) };
  },
});
