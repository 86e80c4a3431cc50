import type { Core } from '@strapi/strapi';
import { assertNoQuery, parseQueueQuery } from '../validation';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const queue = () => strapi.plugin('editorial-workflow').service('queue');
  return {
    async find(ctx: Ctx) {
      const query = await parseQueueQuery(ctx.query);
      const { results, pagination } = await queue().waitingFor(ctx.state.user.id, query);
      ctx.body = { data: results, meta: { pagination } };
    },

    /** The menu badge polls this: small and cheap. */
    async counts(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = { data: await queue().countsFor(ctx.state.user.id) };
    },

    async filters(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = { data: await queue().filtersFor(ctx.state.user.id) };
    },
  };
};
