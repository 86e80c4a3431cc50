import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { assertNoQuery, parseDocumentId } from '../validation/common';
import { parseConsultationSettings } from './input';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** Thin: validate, call the service, which decides scope (404 outside it) and who may write. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: Ctx) {
    const documentId = parseDocumentId(ctx.params.documentId);
    assertNoQuery(ctx.query);
    ctx.body = { data: await getService(strapi, 'consultations').get(documentId, ctx.state.user.id) };
  },

  async update(ctx: Ctx) {
    const documentId = parseDocumentId(ctx.params.documentId);
    const input = await parseConsultationSettings(ctx.request.body);
    ctx.body = { data: await getService(strapi, 'consultations').save(documentId, ctx.state.user.id, input) };
  },
});
