import type { Core } from '@strapi/strapi';
import { parseId } from '../validation/common';
import { parseMembership, parseMembershipFilter } from '../validation/memberships';
import { getService } from '../get-service';

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

    async delete(ctx: Ctx) {
      ctx.body = { data: await membership().remove(parseId(ctx.params.id)) };
    },

    /** The caller's own units and roles: what the admin panel shows and which buttons it offers. */
    async me(ctx: Ctx) {
      ctx.body = { data: await membership().list({ userId: ctx.state.user.id }) };
    },
  };
};
