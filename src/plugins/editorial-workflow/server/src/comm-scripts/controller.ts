import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import type { Actor } from '../services/item-state';
import { actorName } from '../utils/display-name';
import { managesPlan } from '../routes/plan-reader';
import { assertNoQuery } from '../validation/common';
import { parseScript, parseScriptId } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Thin: validate at the edge, then the service decides scope (404 outside it) and who writes (403). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const scripts = () => getService(strapi, 'comm-scripts');
  const actorOf = async (ctx: Ctx): Promise<Actor> => ({ id: ctx.state.user.id, name: await actorName(strapi, ctx.state.user.id) });

  return {
    async find(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = { data: await scripts().list(ctx.state.user.id, managesPlan(ctx)) };
    },

    async choices(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = { data: await scripts().choices() };
    },

    async findOne(ctx: Ctx) {
      const id = parseScriptId(ctx.params.id);
      assertNoQuery(ctx.query);
      ctx.body = { data: await scripts().get(ctx.state.user.id, managesPlan(ctx), id) };
    },

    async create(ctx: Ctx) {
      const input = await parseScript(ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await scripts().create(await actorOf(ctx), managesPlan(ctx), input) };
    },

    async update(ctx: Ctx) {
      const id = parseScriptId(ctx.params.id);
      const input = await parseScript(ctx.request.body);
      ctx.body = { data: await scripts().update(await actorOf(ctx), managesPlan(ctx), id, input) };
    },
  };
};
