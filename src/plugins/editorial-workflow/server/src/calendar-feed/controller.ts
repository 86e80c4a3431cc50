import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { assertNoQuery } from '../validation/common';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const FEED_PREFIX = '/calendar-feed/';
const NOT_FOUND = 'Không tìm thấy lịch.';

/** Creating a token takes nothing from the client: no body, or an empty object (a JSON `null` too is refused). */
function assertNoBody(body: unknown): void {
  if (body === undefined) return;
  if (body !== null && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0) return;
  throw new errors.ValidationError('Yêu cầu tạo lịch riêng không nhận trường nào.');
}

/**
 * The person's feed token (admin), and the feed itself (public: the token is the key). The feed's
 * address carries the token, so the request's URL is rewritten before Strapi's logger prints it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const feeds = () => getService(strapi, 'calendar-feed');
  return {
    async status(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = { data: await feeds().status(ctx.state.user.id) };
    },

    async create(ctx: Ctx) {
      assertNoQuery(ctx.query);
      assertNoBody(ctx.request.body);
      ctx.status = 201;
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await feeds().create(ctx.state.user.id) };
    },

    async revoke(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = { data: await feeds().revoke(ctx.state.user.id) };
    },

    async feed(ctx: Ctx) {
      const file = String(ctx.params.file ?? '');
      // strapi::logger prints `ctx.url` after the response: it never sees the token.
      ctx.url = ctx.url.slice(0, ctx.url.indexOf(FEED_PREFIX) + FEED_PREFIX.length) + '[token].ics';
      const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
      const ics = token ? await feeds().feedOf(token) : null;
      // Unknown, revoked, or malformed: one answer, which tells nothing.
      if (ics === null) throw new errors.NotFoundError(NOT_FOUND);
      ctx.set('Cache-Control', 'private, no-store');
      ctx.set('Referrer-Policy', 'no-referrer');
      ctx.type = 'text/calendar; charset=utf-8';
      ctx.body = ics;
    },
  };
};
