import type { Core } from '@strapi/strapi';
import { PERMISSIONS } from '../../../shared/permissions';
import { assertEmptyBody } from '../comments/input';
import { getService } from '../get-service';
import type { Actor } from '../services/item-state';
import { actorName, displayName } from '../utils/display-name';
import { isSuperAdmin, type AdminRequestUser } from '../utils/request-user';
import { assertNoQuery, parseId } from '../validation/common';
import { parseCandidatesQuery, parseDelegation } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * Thin: validate, decide whether the caller administers memberships (who may end anyone's
 * delegation and sees them all), call the service, which answers in shared/contracts/delegation.ts.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const delegations = () => getService(strapi, 'delegation');

  const actorOf = async (ctx: Ctx): Promise<Actor> => {
    const user = ctx.state.user as { id: number; email?: string };
    return { id: user.id, name: user.email ? displayName(user) : await actorName(strapi, user.id) };
  };
  const administers = (ctx: Ctx): boolean =>
    isSuperAdmin(ctx.state.user as AdminRequestUser) || Boolean(ctx.state.userAbility?.can(PERMISSIONS.manageMemberships));

  return {
    async find(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = await delegations().list(ctx.state.user.id, administers(ctx));
    },

    async candidates(ctx: Ctx) {
      const { role, unitId } = await parseCandidatesQuery(ctx.query);
      ctx.body = { data: await delegations().candidates(ctx.state.user.id, role, unitId) };
    },

    async create(ctx: Ctx) {
      const input = await parseDelegation(ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await delegations().create(await actorOf(ctx), input) };
    },

    async end(ctx: Ctx) {
      const id = parseId(ctx.params.id, 'id');
      assertEmptyBody(ctx.request.body);
      ctx.body = { data: await delegations().end(await actorOf(ctx), id, administers(ctx)) };
    },
  };
};
