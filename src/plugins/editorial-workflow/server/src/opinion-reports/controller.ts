import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import type { Actor } from '../services/item-state';
import { actorName, displayName } from '../utils/display-name';
import { assertEmptyBody, parseReportEdit, parseReportFiling, parseReportId, parseReportQuery, parseReturn } from './input';
import { receivesReports } from './routes';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * Thin: validate at the edge, call the service, which decides scope (404 outside it) and who may
 * file, acknowledge or return, and answers in the contract's shape (shared/contracts/opinion-reports.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reports = () => getService(strapi, 'opinion-reports');

  const actorOf = async (ctx: Ctx): Promise<Actor> => {
    const user = ctx.state.user as { id: number; email?: string };
    return { id: user.id, name: user.email ? displayName(user) : await actorName(strapi, user.id) };
  };

  return {
    async find(ctx: Ctx) {
      const query = await parseReportQuery(ctx.query);
      ctx.body = { data: await reports().list(ctx.state.user.id, receivesReports(ctx), query) };
    },

    async findOne(ctx: Ctx) {
      const documentId = parseReportId(ctx.params.documentId);
      ctx.body = { data: await reports().get(ctx.state.user.id, receivesReports(ctx), documentId) };
    },

    async create(ctx: Ctx) {
      const input = await parseReportFiling(ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await reports().file(await actorOf(ctx), receivesReports(ctx), input) };
    },

    async update(ctx: Ctx) {
      const documentId = parseReportId(ctx.params.documentId);
      const input = await parseReportEdit(ctx.request.body);
      ctx.body = { data: await reports().refile(await actorOf(ctx), receivesReports(ctx), documentId, input) };
    },

    async acknowledge(ctx: Ctx) {
      const documentId = parseReportId(ctx.params.documentId);
      assertEmptyBody(ctx.request.body);
      ctx.body = { data: await reports().acknowledge(await actorOf(ctx), documentId) };
    },

    async returnReport(ctx: Ctx) {
      const documentId = parseReportId(ctx.params.documentId);
      const { reason } = await parseReturn(ctx.request.body);
      ctx.body = { data: await reports().returnReport(await actorOf(ctx), documentId, reason) };
    },
  };
};
