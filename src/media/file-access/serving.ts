import type { Context, Next } from 'koa';
import type { PublicFileIndex } from './public-files';
import { uploadPathOf } from './upload-path';
import { EXPIRES_PARAM, SIGNATURE_PARAM, type UrlSigner } from './url-signature';

/** Where the bytes are when they live in a bucket (src/media/storage) rather than on this disk. */
export interface ObjectServing {
  /** The anonymous address of a public file's copy, or null for a name the bucket does not hold. */
  publicLocation(path: string): string | null;
  /** A presigned address of the private object, valid for at most `seconds`. */
  privateLocation(path: string, seconds: number): Promise<string | null>;
}

export interface FileAccessOptions {
  index: Pick<PublicFileIndex, 'isPublic'>;
  signer: UrlSigner;
  /** How long browsers and proxies may keep a public file. */
  publicMaxAgeSeconds: number;
  /** Object storage: the gate answers with a redirect to the bucket instead of passing on to the disk. */
  objects?: ObjectServing | null;
}

/**
 * In front of Strapi's static serving of `/uploads/`: a public file is served with cache headers;
 * any other file only with a valid signature, and then never cached; everything else is a 404,
 * the same answer a file that does not exist gets, so a refusal does not confirm that a name is
 * taken. The bytes are still served by Strapi (the upload route or the public folder): this
 * decides, it does not read the disk.
 */
export function fileAccessGate({ index, signer, publicMaxAgeSeconds, objects }: FileAccessOptions) {
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
      if (objects) {
        // The presigned URL lives no longer than the signature that earned it.
        const secondsLeft = Number(exp) - Math.floor(Date.now() / 1000);
        const location = await objects.privateLocation(target.path, secondsLeft);
        if (location) return redirect(ctx, location);
      }
      return next();
    }
    if (await index.isPublic(target.path)) {
      ctx.set('Cache-Control', `public, max-age=${publicMaxAgeSeconds}`);
      const location = objects?.publicLocation(target.path);
      if (location) return redirect(ctx, location);
      return next();
    }
    return notFound(ctx);
  };
}

function redirect(ctx: Context, location: string): void {
  ctx.status = 302;
  ctx.set('Location', location);
  ctx.body = '';
}

function notFound(ctx: Context): void {
  ctx.status = 404;
  ctx.set('Cache-Control', 'no-store');
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.body = 'Not Found';
}
