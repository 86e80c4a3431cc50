import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { assertNoQuery } from '../validation/common';
import type { Actor } from '../services/item-state';
import { actorName, displayName } from '../utils/display-name';
import { parseConcern, parseConcernId, parseConcernQuery, parseConcernUpdate, parseTimelineEntry } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * Thin: validate, call the service, which decides scope (404 outside it) and who works on a concern,
 * and answers in the contract's shape (shared/contracts/concerns.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const concerns = () => getService(strapi, 'concerns');

  const actorOf = async (ctx: Ctx): Promise<Actor> => {
    const user = ctx.state.user as { id: number; email?: string };
    return { id: user.id, name: user.email ? displayName(user) : await actorName(strapi, user.id) };
  };

  return {
    async find(ctx: Ctx) {
      const query = await parseConcernQuery(ctx.query);
      ctx.body = await concerns().list(ctx.state.user.id, query);
    },

    async findOne(ctx: Ctx) {
      const id = parseConcernId(ctx.params.id);
      ctx.body = { data: await concerns().get(ctx.state.user.id, id) };
    },

    async units(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = { data: await concerns().unitChoices() };
    },

    async handlers(ctx: Ctx) {
      const id = parseConcernId(ctx.params.id);
      assertNoQuery(ctx.query);
      ctx.body = { data: await concerns().handlerChoices(ctx.state.user.id, id) };
    },

    async create(ctx: Ctx) {
      const input = await parseConcern(ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await concerns().create(await actorOf(ctx), input) };
    },

    async update(ctx: Ctx) {
      const id = parseConcernId(ctx.params.id);
      const input = await parseConcernUpdate(ctx.request.body);
      ctx.body = { data: await concerns().update(await actorOf(ctx), id, input) };
    },

    async addEntry(ctx: Ctx) {
      const id = parseConcernId(ctx.params.id);
      const input = await parseTimelineEntry(ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await concerns().addEntry(await actorOf(ctx), id, input) };
    },
  };
};
