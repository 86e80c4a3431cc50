import type { Core } from '@strapi/strapi';
import { forbidden } from '../utils/errors';
import { hasPublicationPass, type PublicationOperation } from '../utils/publication-pass';
import { asksToPublish, documentIdOf, isWrite, type DocumentMiddleware } from './context';
import { ARTICLE } from '../../../shared/uids';

const refusePublication = (operation: string) =>
  forbidden(
    `Tin bài chỉ được đăng, gỡ hoặc hoàn tác qua quy trình biên tập (thao tác "${operation}" bị từ chối). ` +
      'Items are published only by the editorial workflow.'
  );

/**
 * Nothing publishes an item but the workflow. Every path that publishes goes through the Document
 * Service (the content-manager's publish, bulk publish and create-and-publish, releases, the REST
 * API, code), so this refuses, for items:
 * - publish, unpublish and discard without the pass of the matching transition in progress;
 * - create, update or clone asking for `status: 'published'` (they publish without `publish`).
 */
export const publicationGuard =
  (_strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE) return next();
    if (ctx.action === 'publish' || ctx.action === 'unpublish' || ctx.action === 'discardDraft') {
      if (!hasPublicationPass(documentIdOf(ctx), ctx.action as PublicationOperation)) throw refusePublication(ctx.action);
    } else if (isWrite(ctx) && asksToPublish(ctx)) {
      throw refusePublication(`${ctx.action} status=published`);
    }
    return next();
  };
