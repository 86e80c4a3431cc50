import type { Core } from '@strapi/strapi';
import { assertNoQuery } from '../validation/common';
import { getService } from '../get-service';
import { parseEmailPreference } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** The caller's own choice of e-mail: one per notification, or one digest a day. Nobody else's. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const digest = () => getService(strapi, 'email-digest');
  return {
    async find(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = { data: await digest().preferenceOf(ctx.state.user.id) };
    },

    async update(ctx: Ctx) {
      assertNoQuery(ctx.query);
      const { emailDigest } = await parseEmailPreference(ctx.request.body);
      ctx.body = { data: await digest().setPreference(ctx.state.user.id, emailDigest) };
    },
  };
};
