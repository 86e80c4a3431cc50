import type { Core } from '@strapi/strapi';
import { parseTurnaroundQuery } from '../validation/turnaround';
import { turnaroundScopeOf } from './scope';
import { turnaroundReport } from './report';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * Thin: scope (403 for whoever has no department to measure), the period (400 in Vietnamese), the
 * report. The answer holds department references, figures and item titles the caller may read: no
 * stored document to sanitise.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async report(ctx: Ctx) {
    const scope = await turnaroundScopeOf(strapi, ctx.state.user, ctx.state.userAbility);
    const period = await parseTurnaroundQuery(ctx.query);
    ctx.body = { data: await turnaroundReport(strapi, scope, period) };
  },
});
