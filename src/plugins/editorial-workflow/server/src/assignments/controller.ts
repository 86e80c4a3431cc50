import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { assertNoQuery } from '../validation/common';
import { actorName } from '../utils/display-name';
import { parseEventId } from '../plan-events/input';
import { parseAssignment, parseAssignmentId, parseAssignmentQuery, parseDraft } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Thin: validate, then the service decides scope (404), who may commission or write (403), and answers in the contract's shape. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const assignments = () => getService(strapi, 'assignments');
  const actorOf = async (ctx: Ctx) => ({ id: ctx.state.user.id as number, name: await actorName(strapi, ctx.state.user.id) });

  return {
    async find(ctx: Ctx) {
      const { open } = await parseAssignmentQuery(ctx.query);
      ctx.body = { data: open ? await assignments().openFor(ctx.state.user.id) : await assignments().list(ctx.state.user.id) };
    },
    async findOne(ctx: Ctx) {
      const id = parseAssignmentId(ctx.params.id);
      assertNoQuery(ctx.query);
      ctx.body = { data: await assignments().get(ctx.state.user.id, id) };
    },
    async choices(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = { data: await assignments().choices(ctx.state.user.id) };
    },
    async create(ctx: Ctx) {
      const input = await parseAssignment(ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await assignments().create(await actorOf(ctx), input) };
    },
    async fromEvent(ctx: Ctx) {
      const eventId = parseEventId(ctx.params.id);
      const input = await parseAssignment(ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await assignments().fromEvent(await actorOf(ctx), eventId, input) };
    },
    async draft(ctx: Ctx) {
      const id = parseAssignmentId(ctx.params.id);
      assertNoQuery(ctx.query);
      const body = await parseDraft(ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await assignments().draft(await actorOf(ctx), id, body) };
    },
  };
};
