import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { assertNoQuery } from '../validation/common';
import { REFUSALS } from './refusals';

type Ctx = Parameters<Core.MiddlewareHandler>[0];

/** tus names uploads with 32 hex digits; anything else is no upload (and never a path on disk). */
const UPLOAD_ID = /^[0-9a-f]{32}$/;
const RESUMING = new Set(['HEAD', 'PATCH', 'DELETE']);

function parseUploadId(value: unknown): string {
  if (typeof value !== 'string' || !UPLOAD_ID.test(value)) throw new errors.NotFoundError(REFUSALS.notFound);
  return value;
}

/**
 * Thin: the route's policies authenticated the person and checked their upload permission; here
 * each request is parsed and checked (length, owner, chunk) before the tus server gets it.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const uploads = () => getService(strapi, 'resumable-uploads');

  return {
    async create(ctx: Ctx) {
      uploads().assertCreation(ctx.get('upload-length') || undefined, ctx.get('upload-defer-length') || undefined);
      await uploads().handle(ctx, ctx.state.user);
    },

    async resume(ctx: Ctx) {
      const id = parseUploadId(ctx.params.uploadId);
      if (!RESUMING.has(ctx.method)) throw new errors.ValidationError(REFUSALS.method);
      const upload = await uploads().ownedUpload(id, ctx.state.user.id);
      if (ctx.method === 'PATCH') await uploads().assertChunkFits(upload, ctx.get('upload-offset') || undefined, ctx.get('content-length') || undefined);
      await uploads().handle(ctx, ctx.state.user);
    },

    async file(ctx: Ctx) {
      const id = parseUploadId(ctx.params.uploadId);
      assertNoQuery(ctx.query);
      ctx.body = { data: await uploads().mediaFileOf(id, ctx.state.user.id) };
    },
  };
};
