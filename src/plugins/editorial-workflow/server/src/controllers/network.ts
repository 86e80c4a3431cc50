import type { Core } from '@strapi/strapi';
import { parseId } from '../validation/common';
import { parseContact, parseNetworkUnitQuery, parseUserQuery } from '../validation/network';
import { getService } from '../get-service';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * The page "Mạng lưới đơn vị". Answers are built field by field by the network service (units,
 * contacts, members): no stored document is sent as it is. Memberships are added and ended through
 * `POST /memberships` and `DELETE /memberships/:id`.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const network = () => getService(strapi, 'network');
  return {
    async units(ctx: Ctx) {
      const { results, pagination } = await network().listUnits(await parseNetworkUnitQuery(ctx.query));
      ctx.body = { data: results, meta: { pagination } };
    },

    async unit(ctx: Ctx) {
      ctx.body = { data: await network().unitDetail(parseId(ctx.params.id)) };
    },

    async updateContact(ctx: Ctx) {
      const id = parseId(ctx.params.id);
      const contact = await parseContact(ctx.request.body, ctx.query);
      ctx.body = { data: await network().updateContact(id, contact) };
    },

    async users(ctx: Ctx) {
      const { q } = await parseUserQuery(ctx.query);
      ctx.body = { data: await network().searchUsers(q) };
    },
  };
};
