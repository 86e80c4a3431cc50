import { factories } from '@strapi/strapi';
import { publicAction } from '../../../public-api/controller';
import { assertSingleRecordRequest } from '../../../public-api/single-record-request';

/** GET /api/topics is the public tree of the plan's taxonomy (src/public-api); findOne is Strapi's, behind a check of its parameters. */
export default factories.createCoreController('api::topic.topic', ({ strapi }) => ({
  tree: publicAction(strapi, (api, ctx) => api.topics(ctx.querystring)),

  /** Strapi's own findOne, after the request is checked to be a read of one record. */
  async findOne(ctx) {
    assertSingleRecordRequest(ctx);
    return super.findOne(ctx);
  },
}));
