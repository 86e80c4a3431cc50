import type { Context, Next } from 'koa';
import type { PublicFileIndex } from './public-files';
import { uploadPathOf } from './upload-path';
import { EXPIRES_PARAM, SIGNATURE_PARAM, type UrlSigner } from './url-signature';

export interface FileAccessOptions {
  index: Pick<PublicFileIndex, 'isPublic'>;
  signer: UrlSigner;
  /** How long browsers and proxies may keep a public file. */
  publicMaxAgeSeconds: number;
}

/**
 * In front of Strapi's static serving of `/uploads/`: a public file is served with cache headers;
 * any other file only with a valid signature, and then never cached; everything else is a 404,
 * the same answer a file that does not exist gets, so a refusal does not confirm that a name is
 * taken. The bytes are still served by Strapi (the upload route or the public folder): this
 * decides, it does not read the disk.
 */
export function fileAccessGate({ index, signer, publicMaxAgeSeconds }: FileAccessOptions) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const target = uploadPathOf(ctx.path);
    if (!target) return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return notFound(ctx);
    // Links carry one spelling; a variant (escapes, case, dot segments) is only a way around this.
    if (!target.canonical) return notFound(ctx);

    const exp = ctx.query[EXPIRES_PARAM];
    const sig = ctx.query[SIGNATURE_PARAM];
    if (sig !== undefined && signer.verify(target.path, exp, sig)) {
      ctx.set('Cache-Control', 'private, no-store');
      ctx.set('X-Robots-Tag', 'noindex');
      return next();
    }
    if (await index.isPublic(target.path)) {
      ctx.set('Cache-Control', `public, max-age=${publicMaxAgeSeconds}`);
      return next();
    }
    return notFound(ctx);
  };
}

function notFound(ctx: Context): void {
  ctx.status = 404;
  ctx.set('Cache-Control', 'no-store');
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.body = 'Not Found';
}
