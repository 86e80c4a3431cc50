import { factories } from '@strapi/strapi';
import { publicAction } from '../../../public-api/controller';
import { assertSingleRecordRequest } from '../../../public-api/single-record-request';

/** GET /api/units is the public list (src/public-api); findOne is Strapi's, behind a check of its parameters. */
export default factories.createCoreController('api::unit.unit', ({ strapi }) => ({
  publicList: publicAction(strapi, (api, ctx) => api.units(ctx.querystring)),

  /** Strapi's own findOne, after the request is checked to be a read of one record. */
  async findOne(ctx) {
    assertSingleRecordRequest(ctx);
    return super.findOne(ctx);
  },
}));
