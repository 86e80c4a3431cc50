import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { actorName } from '../utils/display-name';
import { managesPlan } from '../routes/plan-reader';
import { assertNoQuery } from '../validation/common';
import { parseDeadline, parseFiling, parsePlansQuery } from './input';
import { unitPlansWorkbook } from './workbook';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Thin: validate, then the service decides which units the person sees and for which they file (403). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plans = () => getService(strapi, 'unit-plans');
  const deadlines = () => getService(strapi, 'unit-plan-deadlines');

  return {
    async find(ctx: Ctx) {
      const query = await parsePlansQuery(ctx.query);
      ctx.body = { data: await plans().view(ctx.state.user.id, managesPlan(ctx), query) };
    },

    /** The route admits the Office only: every active unit. */
    async workbook(ctx: Ctx) {
      const query = await parsePlansQuery(ctx.query);
      const view = await plans().view(ctx.state.user.id, true, query);
      ctx.attachment(`ke-hoach-don-vi_${query.year}${query.kind ? `_${query.kind}` : ''}.xlsx`);
      ctx.type = XLSX;
      ctx.body = await unitPlansWorkbook(view);
    },

    async create(ctx: Ctx) {
      const input = await parseFiling(ctx.request.body);
      const actor = { id: ctx.state.user.id as number, name: await actorName(strapi, ctx.state.user.id) };
      ctx.body = { data: await plans().file(actor, input) };
    },

    async deadlines(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = { data: await deadlines().list() };
    },

    async setDeadline(ctx: Ctx) {
      const { year, dueOn } = await parseDeadline(ctx.params.year, ctx.request.body);
      ctx.body = { data: await deadlines().set(year, dueOn) };
    },
  };
};
