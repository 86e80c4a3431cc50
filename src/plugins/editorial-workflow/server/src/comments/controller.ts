import type { Core } from '@strapi/strapi';
import { parseDocumentId } from '../validation/common';
import { actorName, displayName } from '../utils/display-name';
import { getService } from '../get-service';
import type { Actor } from '../services/item-state';
import { assertEmptyBody, parseComment, parseCommentId, parseMentionableQuery } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * Thin: load the item as the caller may see it (404 outside their scope, whether or not it exists),
 * validate, call the service; the service answers in the contract's shape (shared/contracts/comments.ts),
 * which names people by id and name only.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const comments = () => getService(strapi, 'comments');

  /** The item in the caller's scope: the workflow's own rule, so comments are read by who reads the item. */
  const itemInScope = (ctx: Ctx) => getService(strapi, 'item-view').loadInScope(parseDocumentId(ctx.params.documentId), ctx.state.user.id);

  const actorOf = async (ctx: Ctx): Promise<Actor> => {
    const user = ctx.state.user as { id: number; email?: string };
    return { id: user.id, name: user.email ? displayName(user) : await actorName(strapi, user.id) };
  };

  return {
    async find(ctx: Ctx) {
      const scope = await itemInScope(ctx);
      ctx.body = { data: await comments().list(scope.item.documentId) };
    },

    async create(ctx: Ctx) {
      const scope = await itemInScope(ctx);
      const input = await parseComment(ctx.request.body, comments().anchorFields());
      ctx.status = 201;
      ctx.body = { data: await comments().create(scope, await actorOf(ctx), input) };
    },

    async resolve(ctx: Ctx) {
      const scope = await itemInScope(ctx);
      const commentId = parseCommentId(ctx.params.commentId);
      assertEmptyBody(ctx.request.body);
      ctx.body = { data: await comments().mark(scope.item.documentId, commentId, await actorOf(ctx), 'resolve') };
    },

    async reopen(ctx: Ctx) {
      const scope = await itemInScope(ctx);
      const commentId = parseCommentId(ctx.params.commentId);
      assertEmptyBody(ctx.request.body);
      ctx.body = { data: await comments().mark(scope.item.documentId, commentId, await actorOf(ctx), 'reopen') };
    },

    async mentionable(ctx: Ctx) {
      const scope = await itemInScope(ctx);
      const { q } = await parseMentionableQuery(ctx.query);
      ctx.body = { data: await comments().mentionable(scope, ctx.state.user.id, q) };
    },
  };
};
