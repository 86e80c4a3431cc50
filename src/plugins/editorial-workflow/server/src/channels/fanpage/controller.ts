import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../../get-service';
import { assertNoQuery } from '../../validation/common';
import { parseFanpageSettings } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** The check takes nothing from the client: no body, or an empty object. */
function assertNoBody(body: unknown): void {
  if (body === undefined) return;
  if (body !== null && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0) return;
  throw new errors.ValidationError('Yêu cầu kiểm tra không nhận trường nào.');
}

/**
 * The fanpage's settings (the administrator: channels.settings, checked by the routes): read, save,
 * check. No answer carries the token: the view has only its last four characters.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const fanpage = () => getService(strapi, 'fanpage');
  return {
    async find(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await fanpage().view() };
    },

    async update(ctx: Ctx) {
      assertNoQuery(ctx.query);
      const body = await parseFanpageSettings(ctx.request.body);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await fanpage().save(body) };
    },

    async check(ctx: Ctx) {
      assertNoQuery(ctx.query);
      assertNoBody(ctx.request.body);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = { data: await fanpage().check() };
    },
  };
};
