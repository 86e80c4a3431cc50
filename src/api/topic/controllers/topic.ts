import { factories } from '@strapi/strapi';
import { publicAction } from '../../../public-api/controller';

/** GET /api/topics is the public tree of the plan's taxonomy (src/public-api); findOne stays Strapi's. */
export default factories.createCoreController('api::topic.topic', ({ strapi }) => ({
  tree: publicAction(strapi, (api, ctx) => api.topics(ctx.querystring)),
}));
