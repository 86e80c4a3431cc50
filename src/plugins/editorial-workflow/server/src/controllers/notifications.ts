import type { Core } from '@strapi/strapi';
import { parseMarkRead, parseNotificationQuery } from '../validation/notifications';
import { getService } from '../get-service';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const inbox = () => getService(strapi, 'inbox');
  return {
    async find(ctx: Ctx) {
      const query = await parseNotificationQuery(ctx.query);
      const { results, pagination, unread } = await inbox().listFor(ctx.state.user.id, query);
      ctx.body = { data: results, meta: { pagination, unread } };
    },

    async markRead(ctx: Ctx) {
      const ids = await parseMarkRead(ctx.request.body);
      ctx.body = { data: { marked: await inbox().markRead(ctx.state.user.id, ids) } };
    },
  };
};
