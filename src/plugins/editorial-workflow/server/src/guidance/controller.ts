import type { Core } from '@strapi/strapi';
import { yup } from '@strapi/utils';
import { getService } from '../get-service';
import type { Actor } from '../services/item-state';
import { actorName } from '../utils/display-name';
import { UNKNOWN_PARAMETER, assertFlatQuery, assertNoQuery, pageFields, parseWith } from '../validation/common';
import { assertEmptyBody } from '../concern-links/input';
import { parseGuidance, parseNoteId, parseReceiptsQuery } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const parsePage = parseWith(yup.object(pageFields).noUnknown(true, UNKNOWN_PARAMETER));

/** Thin: validate, then the service decides scope (404) and who manages (403). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const guidance = () => getService(strapi, 'guidance');
  const actorOf = async (ctx: Ctx): Promise<Actor> => ({ id: ctx.state.user.id, name: await actorName(strapi, ctx.state.user.id) });

  return {
    async find(ctx: Ctx) {
      const page = (await parsePage(assertFlatQuery(ctx.query))) as { page: number; pageSize: number };
      ctx.body = await guidance().list(ctx.state.user.id, page);
    },

    /** Opening a note as a member of a recipient unit records that unit's first reading. */
    async findOne(ctx: Ctx) {
      const id = parseNoteId(ctx.params.id);
      assertNoQuery(ctx.query);
      ctx.body = { data: await guidance().view(ctx.state.user.id, id, await actorOf(ctx)) };
    },

    async create(ctx: Ctx) {
      const input = await parseGuidance(ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await guidance().send(await actorOf(ctx), input) };
    },

    async read(ctx: Ctx) {
      const id = parseNoteId(ctx.params.id);
      assertNoQuery(ctx.query);
      assertEmptyBody(ctx.request.body);
      const recorded = await guidance().recordReading(await actorOf(ctx), id);
      ctx.body = { data: { recorded } };
    },

    async receipts(ctx: Ctx) {
      const id = parseNoteId(ctx.params.id);
      const { days } = await parseReceiptsQuery(ctx.query);
      ctx.body = { data: await guidance().receipts(ctx.state.user.id, id, days) };
    },

    async remind(ctx: Ctx) {
      const id = parseNoteId(ctx.params.id);
      assertNoQuery(ctx.query);
      assertEmptyBody(ctx.request.body);
      ctx.body = { data: await guidance().remind(await actorOf(ctx), id) };
    },

    async units(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = { data: await guidance().unitChoices() };
    },
  };
};
