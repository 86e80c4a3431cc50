import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { assertNoQuery } from '../validation/common';
import { publicFormGuard } from '../public-forms';
import { managesInquiries } from '../press-desk/reader';
import { answeringConflicts } from '../press-desk/conflict';
import { actorOf } from '../press-desk/actor';
import { parseInfoRequestAction, parseInfoRequestId, parseInfoRequestQuery, parseLetterInfoRequest, parsePublicInfoRequest, parseTrackingCode } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Thin: validate, call the service (shared/contracts/info-requests.ts). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const requests = () => getService(strapi, 'info-requests');

  return {
    /** Public: a fresh form token (public-forms guard). */
    async form(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = await publicFormGuard(strapi).issue('info-request');
    },

    /** Public: the guard first (token, honeypot, limits), then the fields; 201 with the tracking code only. */
    async submit(ctx: Ctx) {
      const body = await publicFormGuard(strapi).accept(ctx, 'info-request');
      const input = await parsePublicInfoRequest(body);
      ctx.status = 201;
      ctx.body = await requests().receiveFromWebsite(input);
    },

    /** Public: the status by tracking code. */
    async status(ctx: Ctx) {
      const code = parseTrackingCode(ctx.params.trackingCode);
      assertNoQuery(ctx.query);
      ctx.body = await requests().publicStatus(code);
    },

    async find(ctx: Ctx) {
      ctx.body = await requests().list(await parseInfoRequestQuery(ctx.query));
    },

    async findOne(ctx: Ctx) {
      const id = parseInfoRequestId(ctx.params.id);
      assertNoQuery(ctx.query);
      ctx.body = { data: await requests().get(id, managesInquiries(ctx)) };
    },

    async create(ctx: Ctx) {
      const input = await parseLetterInfoRequest(ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await requests().enterLetter(await actorOf(strapi, ctx), input) };
    },

    async act(ctx: Ctx) {
      const id = parseInfoRequestId(ctx.params.id);
      const input = await parseInfoRequestAction(ctx.request.body);
      await answeringConflicts(ctx, async () => {
        ctx.body = { data: await requests().act(await actorOf(strapi, ctx), id, input) };
      });
    },
  };
};
