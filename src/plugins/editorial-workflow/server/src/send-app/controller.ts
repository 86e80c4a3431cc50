import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { parseDocumentId, parseWith, assertFlatQuery, pageFields, UNKNOWN_PARAMETER, assertNoQuery } from '../validation/common';
import { WorkflowConflict } from '../utils/errors';
import { actorName, displayName } from '../utils/display-name';
import type { Actor } from '../services/item-state';
import { yup } from '@strapi/utils';
import { DraftReplayed } from './drafts';
import { parseSendCreate, parseSendUpdate, parseSubmit } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

const parseListQuery = parseWith(yup.object({ page: pageFields.page }).noUnknown(true, UNKNOWN_PARAMETER));

/** Thin: validate, call the service (scope, rights and the workflow's rules are decided there and below it). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const send = () => getService(strapi, 'send-app');

  const actorOf = async (ctx: Ctx): Promise<Actor> => {
    const user = ctx.state.user as { id: number; email?: string };
    return { id: user.id, name: user.email ? displayName(user) : await actorName(strapi, user.id) };
  };

  /** The workflow's and the client key's refusals are 409s, with what the app needs to recover. */
  const conflicts = async (ctx: Ctx, work: () => Promise<unknown>) => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof WorkflowConflict || error instanceof DraftReplayed) {
        ctx.conflict(error.message, error.details);
        return undefined;
      }
      throw error;
    }
  };

  return {
    async options(ctx: Ctx) {
      assertNoQuery(ctx.query);
      ctx.body = { data: await send().options(await actorOf(ctx)) };
    },

    async find(ctx: Ctx) {
      const { page } = (await parseListQuery(assertFlatQuery(ctx.query))) as { page: number };
      const { results, pagination } = await send().list(ctx.state.user.id, page);
      ctx.body = { data: results, meta: { pagination } };
    },

    async findOne(ctx: Ctx) {
      const documentId = parseDocumentId(ctx.params.documentId);
      assertNoQuery(ctx.query);
      ctx.body = { data: await send().get(ctx.state.user.id, documentId) };
    },

    async create(ctx: Ctx) {
      const body = await parseSendCreate(ctx.request.body);
      const actor = await actorOf(ctx);
      const data = await conflicts(ctx, () => send().create(actor, ctx.state.userAbility, body));
      if (data === undefined) return;
      ctx.status = 201;
      ctx.body = { data };
    },

    async update(ctx: Ctx) {
      const documentId = parseDocumentId(ctx.params.documentId);
      const body = await parseSendUpdate(ctx.request.body);
      ctx.body = { data: await send().update(await actorOf(ctx), ctx.state.userAbility, documentId, body) };
    },

    async submit(ctx: Ctx) {
      const documentId = parseDocumentId(ctx.params.documentId);
      const { expectedVersion } = parseSubmit(ctx.request.body);
      const actor = await actorOf(ctx);
      const data = await conflicts(ctx, () => send().submit(actor, documentId, expectedVersion));
      if (data !== undefined) ctx.body = { data };
    },
  };
};
