import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { publicAction } from '../../../public-api/controller';
import { parseNoParams, parseSlug } from '../../../public-api/public-queries';
import { getService } from '../../../plugins/editorial-workflow/server/src/get-service';

/** What a stranger's form, post or status answer must never be: cached by the browser or a proxy. */
const private_ = (ctx: Context) => {
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Access-Control-Allow-Origin', '*');
};

/** Consultations on the website: reads through the public API, comments through the plugin's public path. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  list: publicAction(strapi, (api, ctx) => api.consultations(ctx.querystring)),
  bySlug: publicAction(strapi, (api, ctx) => api.consultationBySlug(ctx.params.slug, ctx.querystring), 'Không tìm thấy đợt lấy ý kiến này.'),

  async commentForm(ctx: Context) {
    parseNoParams(ctx.querystring);
    const slug = parseSlug(ctx.params.slug);
    private_(ctx);
    ctx.body = { data: await getService(strapi, 'public-comments').form(slug) };
  },

  async comment(ctx: Context) {
    parseNoParams(ctx.querystring);
    const slug = parseSlug(ctx.params.slug);
    private_(ctx);
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'public-comments').submit(ctx, slug) };
  },

  async commentStatus(ctx: Context) {
    parseNoParams(ctx.querystring);
    private_(ctx);
    ctx.body = { data: await getService(strapi, 'public-comments').status(ctx.params.trackingCode) };
  },
});
