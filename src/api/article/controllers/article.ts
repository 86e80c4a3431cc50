import type { Core } from '@strapi/strapi';
import { publicAction } from '../../../public-api/controller';

/** The website's read-only API of published items (src/public-api holds the logic). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  list: publicAction(strapi, (api, ctx) => api.articles(ctx.querystring)),
  bySlug: publicAction(strapi, (api, ctx) => api.articleBySlug(ctx.params.slug, ctx.querystring), 'No published item has this slug.'),
  feed: publicAction(strapi, (api, ctx) => api.feed(ctx.querystring)),
  portalRss: publicAction(strapi, (api, ctx) => api.portalRss(ctx.querystring)),
  portalJson: publicAction(strapi, (api, ctx) => api.portalJson(ctx.querystring)),
  sitemap: publicAction(strapi, (api, ctx) => api.sitemap(ctx.querystring), 'The sitemap has no such page.'),
});
