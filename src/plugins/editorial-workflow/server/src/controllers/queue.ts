import type { Core } from '@strapi/strapi';
import { parseQueueQuery } from '../validation';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    const query = await parseQueueQuery(ctx.query);
    const { results, pagination } = await strapi.plugin('editorial-workflow').service('queue').waitingFor(ctx.state.user.id, query);
    ctx.body = { data: results, meta: { pagination } };
  },
});
