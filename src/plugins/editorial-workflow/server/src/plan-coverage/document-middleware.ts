import type { Core } from '@strapi/strapi';
import type { DocumentMiddleware } from '../document-middlewares/context';
import { asksToPublish, dataOf, documentIdOf, type DocumentContext } from '../document-middlewares/context';
import { ARTICLE } from '../../../shared/uids';
import { syncItemLines } from './line-counts';

/** The writes after which an item's counted lines may differ from its tags (a create has never been published). */
const RETAGGING_ACTIONS = new Set(['update', 'publish', 'unpublish', 'discardDraft', 'delete']);

/**
 * Whether this write may have moved the item's counted lines: an edit that neither sends the tags
 * nor publishes keeps both the tags and the month they count in, so the sync (on PostgreSQL, a lock
 * on the item's state row and two reads) is skipped for the ordinary save of a draft.
 */
export function mayRetag(ctx: DocumentContext): boolean {
  if (!RETAGGING_ACTIONS.has(ctx.action)) return false;
  if (ctx.action !== 'update' || asksToPublish(ctx)) return true;
  const data = dataOf(ctx);
  return data !== undefined && data !== null && Object.prototype.hasOwnProperty.call(data, 'planLines');
}

/**
 * After an item's write goes through, its plan line counts follow its tags (line-counts.ts): a
 * published item retagged in the content manager moves its +1 from the old lines to the new ones,
 * a deleted one leaves them. Last in the chain: only writes every rule accepted are counted, in
 * the same transaction when the caller opened one.
 */
export const planLineCounts =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE || !mayRetag(ctx)) return next();
    const result = await next();
    const documentId = documentIdOf(ctx);
    if (documentId) await syncItemLines(strapi, documentId);
    return result;
  };
