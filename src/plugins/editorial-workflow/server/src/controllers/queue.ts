import type { Core } from '@strapi/strapi';
import { assertNoQuery } from '../validation/common';
import { parseQueueQuery, parseUnitItemsQuery } from '../validation/queue';
import { getService } from '../get-service';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const queue = () => getService(strapi, 'queue');
  return {
    async find(ctx: Ctx) {
      const query = await parseQueueQuery(ctx.query);
      const { results, pagination } = await queue().waitingFor(ctx.state.user.id, query);
      ctx.body = { data: results, meta: { pagination } };
    },

    /** The tab "Tin bài của đơn vị": the caller's units' items in every state, sorted by waiting time. */
    async unitItems(ctx: Ctx) {
      const query = await parseUnitItemsQuery(ctx.query);
      const { results, pagination } = await queue().unitItems(ctx.state.user.id, query);
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
