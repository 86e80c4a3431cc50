import type { Core } from '@strapi/strapi';
import { parseId } from '../validation/common';
import { parseMembership, parseMembershipFilter } from '../validation/memberships';
import { getService } from '../get-service';
import { NO_MEMBERSHIP_LEFT, type EndedMembership } from '../../../shared/contracts/network';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const membership = () => getService(strapi, 'membership');
  return {
    async find(ctx: Ctx) {
      ctx.body = { data: await membership().list(await parseMembershipFilter(ctx.query)) };
    },

    async create(ctx: Ctx) {
      ctx.body = { data: await membership().add(await parseMembership(ctx.request.body)) };
    },

    /** Ends a membership; the answer says what the account holds now (none: it can no longer act). */
    async delete(ctx: Ctx) {
      const removed = await membership().remove(parseId(ctx.params.id));
      const remainingMemberships = await getService(strapi, 'network').membershipCountOf(removed.userId);
      const data: EndedMembership = {
        ...removed,
        remainingMemberships,
        warning: remainingMemberships === 0 ? NO_MEMBERSHIP_LEFT : null,
      };
      ctx.body = { data };
    },

    /** The caller's own units and roles: what the admin panel shows and which buttons it offers. */
    async me(ctx: Ctx) {
      ctx.body = { data: await membership().list({ userId: ctx.state.user.id }) };
    },
  };
};
