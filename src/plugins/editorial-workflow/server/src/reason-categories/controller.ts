import type { Core } from '@strapi/strapi';
import { assertNoQuery } from '../validation/common';
import { parseTurnaroundQuery } from '../validation/turnaround';
import { statsScopeOf } from '../stats/scope';
import { activeReasonCategories } from './catalogue';
import { returnCounts } from './returns';
import { getService } from '../get-service';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** The categories (for the side panel's choice) and the returns counted by unit and category (statistics). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    assertNoQuery(ctx.query);
    ctx.body = { data: await activeReasonCategories(strapi) };
  },

  async returns(ctx: Ctx) {
    const scope = await statsScopeOf(strapi, ctx.state.user, ctx.state.userAbility);
    // The period as the turnaround reads it: Vietnam dates, this month by default, never in the future.
    const period = await parseTurnaroundQuery(ctx.query);
    // A department's editors and heads also see the returns their department made, whatever the unit.
    const departmentIds = scope.all ? [] : await getService(strapi, 'membership').unitIdsOf(ctx.state.user.id, ['editor', 'head']);
    ctx.body = { data: await returnCounts(strapi, scope, period, departmentIds) };
  },
});
