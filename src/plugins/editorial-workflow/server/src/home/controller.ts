import type { Core } from '@strapi/strapi';
import type { HomeSummary } from '../../../shared/contracts/home';
import { assertNoQuery } from '../validation/common';
import { getService } from '../get-service';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** The home page's widgets read this, once per visit: everything in the caller's own scope, nothing to sanitise but counts and their own notices. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async summary(ctx: Ctx) {
    assertNoQuery(ctx.query);
    const data: HomeSummary = await getService(strapi, 'home').summaryFor(ctx.state.user.id);
    ctx.body = { data };
  },
});
