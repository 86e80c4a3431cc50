import type { Core } from '@strapi/strapi';
import { DRAFT_SIDE } from '../../../shared/contracts/snapshots';
import { assertNoQuery, parseDocumentId } from '../validation/common';
import { getService } from '../get-service';
import { parseDiffQuery } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * Thin: the item in the caller's scope (the rule of `GET /items/:documentId`: 404 outside it, whether
 * or not it exists), validate, then the snapshots service, which answers in the contract's shape
 * (shared/contracts/snapshots.ts).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const snapshots = () => getService(strapi, 'snapshots');
  const itemInScope = (ctx: Ctx) => getService(strapi, 'item-view').loadInScope(parseDocumentId(ctx.params.documentId), ctx.state.user.id);

  return {
    async find(ctx: Ctx) {
      const { item } = await itemInScope(ctx);
      assertNoQuery(ctx.query);
      ctx.body = { data: await snapshots().list(item.documentId) };
    },

    async diff(ctx: Ctx) {
      const { item } = await itemInScope(ctx);
      const { from, to } = await parseDiffQuery(ctx.query);
      ctx.body = { data: await snapshots().diff(item.documentId, from, to === DRAFT_SIDE ? { draft: item } : { snapshotId: to }) };
    },
  };
};
