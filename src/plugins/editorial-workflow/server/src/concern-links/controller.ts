import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { assertNoQuery } from '../validation/common';
import type { Actor } from '../services/item-state';
import { actorName } from '../utils/display-name';
import { parseConcernId } from '../concerns/input';
import { assertEmptyBody, parseCandidateQuery, parseLinkItem } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Thin: validate, then the service decides scope (404), who may link (403) and answers in the contract's shape. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const links = () => getService(strapi, 'concern-links');
  const actorOf = async (ctx: Ctx): Promise<Actor> => ({ id: ctx.state.user.id, name: await actorName(strapi, ctx.state.user.id) });

  return {
    async find(ctx: Ctx) {
      const id = parseConcernId(ctx.params.id);
      assertNoQuery(ctx.query);
      ctx.body = { data: await links().linksOf(ctx.state.user.id, id) };
    },

    async create(ctx: Ctx) {
      const id = parseConcernId(ctx.params.id);
      const input = await parseLinkItem(ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await links().link(await actorOf(ctx), id, input.itemDocumentId) };
    },

    async draftResponse(ctx: Ctx) {
      const id = parseConcernId(ctx.params.id);
      assertNoQuery(ctx.query);
      assertEmptyBody(ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await links().draftResponse(await actorOf(ctx), id) };
    },

    async candidates(ctx: Ctx) {
      const { q } = await parseCandidateQuery(ctx.query);
      ctx.body = { data: await links().candidates(ctx.state.user.id, q) };
    },
  };
};
