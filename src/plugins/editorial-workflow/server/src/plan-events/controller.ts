import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { assertNoQuery } from '../validation/common';
import { actorName } from '../utils/display-name';
import { parseEvent, parseEventId, parseEventQuery, parseEventUpdate } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Thin: validate, then the service decides scope (404) and who may enter or edit (403). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const events = () => getService(strapi, 'plan-events');
  const actorOf = async (ctx: Ctx) => ({ id: ctx.state.user.id as number, name: await actorName(strapi, ctx.state.user.id) });

  return {
    async find(ctx: Ctx) {
      ctx.body = { data: await events().list(ctx.state.user.id, await parseEventQuery(ctx.query)) };
    },
    async findOne(ctx: Ctx) {
      const id = parseEventId(ctx.params.id);
      assertNoQuery(ctx.query);
      ctx.body = { data: await events().get(ctx.state.user.id, id) };
    },
    async create(ctx: Ctx) {
      const input = await parseEvent(ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await events().create(await actorOf(ctx), input) };
    },
    async update(ctx: Ctx) {
      const id = parseEventId(ctx.params.id);
      const input = await parseEventUpdate(ctx.request.body);
      ctx.body = { data: await events().update(await actorOf(ctx), id, input) };
    },
  };
};
