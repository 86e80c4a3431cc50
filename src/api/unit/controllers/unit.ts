import { factories } from '@strapi/strapi';
import { publicAction } from '../../../public-api/controller';

/** GET /api/units is the public list (src/public-api); findOne stays Strapi's. */
export default factories.createCoreController('api::unit.unit', ({ strapi }) => ({
  publicList: publicAction(strapi, (api, ctx) => api.units(ctx.querystring)),
}));
