import { factories } from '@strapi/strapi';
import { publicAction } from '../../../public-api/controller';

/** GET /api/media-assets is the public media archive (src/public-api). */
export default factories.createCoreController('api::media-asset.media-asset', ({ strapi }) => ({
  publicList: publicAction(strapi, (api, ctx) => api.mediaAssets(ctx.querystring)),
}));
