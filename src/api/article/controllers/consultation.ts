import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { publicAction } from '../../../public-api/controller';
import { parseNoParams, parseSlug } from '../../../public-api/public-queries';
import { getService } from '../../../plugins/editorial-workflow/server/src/get-service';
import { FormRefusal, sendRefusal } from '../../../plugins/editorial-workflow/server/src/public-forms/refusal';

/** What a stranger's form, post or status answer must never be: cached by the browser or a proxy. */
const private_ = (ctx: Context) => {
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Access-Control-Allow-Origin', '*');
};

/**
 * A refusal answered as its 4xx here: Strapi's error middleware knows no 409 of its own and logs
 * every error it does not know as an internal one, and a flood of refused posts is no server error.
 */
const answeringRefusals =
  (handler: (ctx: Context) => Promise<void>) =>
  async (ctx: Context): Promise<void> => {
    private_(ctx);
    try {
      await handler(ctx);
    } catch (error) {
      if (error instanceof FormRefusal) return sendRefusal(ctx, error);
      throw error;
    }
  };

/** Consultations on the website: reads through the public API, comments through the plugin's public path. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  list: publicAction(strapi, (api, ctx) => api.consultations(ctx.querystring)),
  bySlug: publicAction(strapi, (api, ctx) => api.consultationBySlug(ctx.params.slug, ctx.querystring), 'Không tìm thấy đợt lấy ý kiến này.'),

  commentForm: answeringRefusals(async (ctx) => {
    parseNoParams(ctx.querystring);
    const slug = parseSlug(ctx.params.slug);
    ctx.body = { data: await getService(strapi, 'public-comments').form(slug) };
  }),

  comment: answeringRefusals(async (ctx) => {
    parseNoParams(ctx.querystring);
    const slug = parseSlug(ctx.params.slug);
    const data = await getService(strapi, 'public-comments').submit(ctx, slug);
    ctx.status = 201;
    ctx.body = { data };
  }),

  commentStatus: answeringRefusals(async (ctx) => {
    parseNoParams(ctx.querystring);
    ctx.body = { data: await getService(strapi, 'public-comments').status(ctx.params.trackingCode) };
  }),
});
