import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { assertNoQuery } from '../validation/common';
import { actorName } from '../utils/display-name';
import { parseConcernId } from '../concerns/input';
import { parseAttachScreenshots } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Thin: validate, then the service decides scope (404), who may attach (403) and the file rules (400). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const evidence = () => getService(strapi, 'concern-evidence');

  return {
    async find(ctx: Ctx) {
      const id = parseConcernId(ctx.params.id);
      assertNoQuery(ctx.query);
      ctx.body = { data: await evidence().screenshotsOf(ctx.state.user.id, id) };
    },

    async create(ctx: Ctx) {
      const id = parseConcernId(ctx.params.id);
      assertNoQuery(ctx.query);
      const input = await parseAttachScreenshots(ctx.request.body);
      const actor = { id: ctx.state.user.id, name: await actorName(strapi, ctx.state.user.id) };
      ctx.status = 201;
      ctx.body = { data: await evidence().attach(actor, id, input.fileIds) };
    },
  };
};
