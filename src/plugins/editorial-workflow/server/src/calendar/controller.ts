import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { assertNoQuery } from '../validation/common';
import { parseCalendarQuery } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Thin: validate the span and filters; the service applies the person's scope. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    const query = await parseCalendarQuery(ctx.query);
    ctx.body = { data: await getService(strapi, 'calendar').entriesFor(ctx.state.user.id, query) };
  },

  async choices(ctx: Ctx) {
    assertNoQuery(ctx.query);
    ctx.body = { data: await getService(strapi, 'calendar').choices(ctx.state.user.id) };
  },
});
