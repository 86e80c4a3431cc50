import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { assertNoQuery } from '../validation/common';
import { assertEmptyBody } from '../concern-links/input';
import { actorOf } from './actor';
import { answeringConflicts } from './conflict';
import { managesInquiries } from './reader';
import {
  INQUIRY_NOT_FOUND,
  SPOKESPERSON_NOT_FOUND,
  parsePressDeskId,
  parsePressInquiry,
  parsePressInquiryQuery,
  parsePressInquiryUpdate,
  parseSpokesperson,
  parseSpokespersonUpdate,
} from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Thin: validate, call the service (shared/contracts/press-desk.ts). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const register = () => getService(strapi, 'spokespeople');
  const inquiries = () => getService(strapi, 'press-inquiries');
  const inquiryId = (ctx: Ctx) => parsePressDeskId(ctx.params.id, INQUIRY_NOT_FOUND);

  return {
    async spokespeople(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = { data: await register().list() };
    },

    async candidates(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = { data: await register().candidates() };
    },

    async addSpokesperson(ctx: Ctx) {
      const input = await parseSpokesperson(ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await register().create(input) };
    },

    async updateSpokesperson(ctx: Ctx) {
      const id = parsePressDeskId(ctx.params.id, SPOKESPERSON_NOT_FOUND);
      const input = await parseSpokespersonUpdate(ctx.request.body);
      ctx.body = { data: await register().update(id, input) };
    },

    async find(ctx: Ctx) {
      ctx.body = await inquiries().list(await parsePressInquiryQuery(ctx.query));
    },

    async findOne(ctx: Ctx) {
      const id = inquiryId(ctx);
      assertNoQuery(ctx.query);
      ctx.body = { data: await inquiries().get(id, { id: ctx.state.user.id, canManage: managesInquiries(ctx) }) };
    },

    async create(ctx: Ctx) {
      const input = await parsePressInquiry(ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await inquiries().log(await actorOf(strapi, ctx), input) };
    },

    async update(ctx: Ctx) {
      const id = inquiryId(ctx);
      const input = await parsePressInquiryUpdate(ctx.request.body);
      await answeringConflicts(ctx, async () => {
        ctx.body = { data: await inquiries().update(await actorOf(strapi, ctx), id, input) };
      });
    },

    async approve(ctx: Ctx) {
      const id = inquiryId(ctx);
      assertNoQuery(ctx.query);
      assertEmptyBody(ctx.request.body);
      await answeringConflicts(ctx, async () => {
        ctx.body = { data: await inquiries().approve(await actorOf(strapi, ctx), id, managesInquiries(ctx)) };
      });
    },

    async send(ctx: Ctx) {
      const id = inquiryId(ctx);
      assertNoQuery(ctx.query);
      assertEmptyBody(ctx.request.body);
      await answeringConflicts(ctx, async () => {
        ctx.body = { data: await inquiries().send(await actorOf(strapi, ctx), id) };
      });
    },

    async toResponse(ctx: Ctx) {
      const id = inquiryId(ctx);
      assertNoQuery(ctx.query);
      assertEmptyBody(ctx.request.body);
      await answeringConflicts(ctx, async () => {
        ctx.status = 201;
        ctx.body = { data: await inquiries().toResponse(await actorOf(strapi, ctx), id) };
      });
    },
  };
};
