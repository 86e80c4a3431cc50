import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { actorName } from '../utils/display-name';
import { managesPlan } from '../routes/plan-reader';
import { assertNoQuery } from '../validation/common';
import { parseScriptId } from '../comm-scripts/input';
import { parseScriptItem } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Thin: validate, then the service decides the script's scope and the item's (404 outside either). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const items = () => getService(strapi, 'script-items');
  return {
    async find(ctx: Ctx) {
      const id = parseScriptId(ctx.params.id);
      assertNoQuery(ctx.query);
      ctx.body = { data: await items().itemsOf(ctx.state.user.id, managesPlan(ctx), id) };
    },

    async create(ctx: Ctx) {
      const id = parseScriptId(ctx.params.id);
      const { itemDocumentId } = await parseScriptItem(ctx.request.body);
      const actor = { id: ctx.state.user.id as number, name: await actorName(strapi, ctx.state.user.id) };
      ctx.status = 201;
      ctx.body = { data: await items().link(actor, managesPlan(ctx), id, itemDocumentId) };
    },
  };
};
