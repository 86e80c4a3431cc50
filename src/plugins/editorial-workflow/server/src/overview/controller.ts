import type { Core } from '@strapi/strapi';
import { overviewScopeOf } from './scope';
import { parseOverviewQuery } from './query';
import { overviewReport } from './report';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * Thin: the month (400 in Vietnamese), the scope, the overview. The answer holds counts, shares and
 * unit kinds and section codes: no stored document to sanitise.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: Ctx) {
    const { month } = await parseOverviewQuery(ctx.query);
    const scope = await overviewScopeOf(strapi, ctx.state.user, ctx.state.userAbility);
    ctx.body = { data: await overviewReport(strapi, scope, month) };
  },
});
