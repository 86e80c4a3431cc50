import type { Core } from '@strapi/strapi';
import { parseMarkRead, parseNotificationQuery } from '../validation';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const notifications = () => strapi.plugin('editorial-workflow').service('notifications');
  return {
    async find(ctx: Ctx) {
      const query = await parseNotificationQuery(ctx.query);
      const { results, pagination, unread } = await notifications().listFor(ctx.state.user.id, query);
      ctx.body = { data: results, meta: { pagination, unread } };
    },

    async markRead(ctx: Ctx) {
      const ids = await parseMarkRead(ctx.request.body);
      ctx.body = { data: { marked: await notifications().markRead(ctx.state.user.id, ids) } };
    },
  };
};
