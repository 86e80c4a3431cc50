import type { Core } from '@strapi/strapi';
import { parseDocumentId } from '../validation/common';
import { assertPreviewLinkRequest } from '../validation/preview';
import { getService } from '../get-service';
import { previewLinks } from './links';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/**
 * Thin: the item in the caller's scope (the rule of `GET /items/:documentId`: 404 outside it,
 * whether or not it exists), no input, a link at the item's current version. The answer holds the
 * link once; it is not stored, and the request log names the route, not the link.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async createLink(ctx: Ctx) {
    const { item, record } = await getService(strapi, 'item-view').loadInScope(parseDocumentId(ctx.params.documentId), ctx.state.user.id);
    assertPreviewLinkRequest(ctx.request.body, ctx.query);
    ctx.body = { data: previewLinks(strapi).issue(item.documentId, record.version) };
  },
});
