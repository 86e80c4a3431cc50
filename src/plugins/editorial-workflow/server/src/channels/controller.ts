import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { assertNoQuery } from '../validation/common';
import { assertEmptyBody } from '../concern-links/input';
import { DELIVERY_NOT_FOUND, parseDeliveriesQuery, parseDeliveryId } from './input';
import type { RowChange } from './service';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Thin: the route's permission (channels.manage) authorises; validate, then the service. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const channels = () => getService(strapi, 'channels');

  const answer = (ctx: Ctx, change: RowChange) => {
    if (change.outcome === 'not-found') throw new errors.NotFoundError(DELIVERY_NOT_FOUND);
    if (change.outcome === 'conflict') return ctx.conflict(change.message);
    ctx.body = { data: change.row };
  };

  return {
    async overview(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = { data: await channels().overview() };
    },

    async deliveries(ctx: Ctx) {
      ctx.body = await channels().list(await parseDeliveriesQuery(ctx.query));
    },

    async retry(ctx: Ctx) {
      const id = parseDeliveryId(ctx.params.id);
      assertNoQuery(ctx.query);
      assertEmptyBody(ctx.request.body);
      answer(ctx, await channels().retry(id));
    },

    async cancel(ctx: Ctx) {
      const id = parseDeliveryId(ctx.params.id);
      assertNoQuery(ctx.query);
      assertEmptyBody(ctx.request.body);
      answer(ctx, await channels().cancel(id));
    },
  };
};
