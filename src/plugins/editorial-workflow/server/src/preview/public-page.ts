import type { Context, Next } from 'koa';
import type { Core } from '@strapi/strapi';
import { isLimitedPage } from '../../../../../public-api/front-door';
import { readFileAccessConfig } from '../../../../../media/file-access/config';
import { storedUploadPath } from '../../../../../media/file-access/upload-path';
import { signedUrl, urlSigner } from '../../../../../media/file-access/url-signature';
import { objectStorageConfigFromEnv } from '../../../../../media/storage/config';
import { previewLinks } from './links';
import { previewContentSecurityPolicy, previewPage, refusalPage, REFUSALS, type RefusalKind } from './page';

/** What the metrics record as the route: the pattern, never the token. */
const ROUTE_PATTERN = '/preview/:token';

/**
 * The origins a browser is redirected to for an upload when files live in a bucket (the file gate
 * answers `/uploads/…` with a redirect there), so the page's CSP lets those images load too.
 */
export function storageImageOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const storage = objectStorageConfigFromEnv(env);
  if (!storage) return [];
  const origins = new Set<string>();
  const add = (url: string) => {
    try {
      origins.add(new URL(url).origin);
    } catch {
      // Not an address: nothing to allow.
    }
  };
  add(storage.publicUrl);
  if (!storage.endpoint) add(`https://${storage.bucket}.s3.${storage.region}.amazonaws.com`);
  else if (storage.forcePathStyle) add(storage.endpoint);
  else add(storage.endpoint.replace(/^(https?:\/\/)/, `$1${storage.bucket}.`));
  return [...origins];
}

/** The token of `/preview/<token>`: exactly one segment after the prefix, else none. */
function tokenOf(path: string): string | undefined {
  const segments = path.split('/').filter(Boolean);
  return segments.length === 2 ? segments[1] : undefined;
}

/**
 * GET /preview/:token, the public page of a preview link (no admin login: a leader reads it on a
 * phone). A koa middleware ahead of Strapi's stack rather than a route: Strapi's request logger
 * writes every URL it sees, and a token must never reach a log. The public API's rate limit (its
 * front door) covers the path. Every answer is an HTML page in Vietnamese, never cached, never
 * indexed, sending no referrer; a refusal (forged, malformed, expired, stale) is a 4xx.
 */
export function previewPageMiddleware(strapi: Core.Strapi) {
  const files = readFileAccessConfig(strapi);
  const signer = urlSigner(files.secret, files.signedUrlTtlSeconds);
  const csp = previewContentSecurityPolicy(storageImageOrigins());

  const answer = (ctx: Context, status: number, html: string) => {
    ctx.status = status;
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = html;
  };
  const refuse = (ctx: Context, kind: RefusalKind) => answer(ctx, REFUSALS[kind].status, refusalPage(kind));

  return async function previewPageHandler(ctx: Context, next: Next): Promise<void> {
    if (!isLimitedPage(ctx.path)) return next();
    (ctx as Context & { _matchedRoute?: string })._matchedRoute = ROUTE_PATTERN;
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('X-Robots-Tag', 'noindex');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.set('Content-Security-Policy', csp);
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('X-Frame-Options', 'DENY');
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.set('Allow', 'GET, HEAD');
      return refuse(ctx, 'method');
    }
    try {
      const opened = await previewLinks(strapi).open(tokenOf(ctx.path));
      if (opened.status !== 'ok') return refuse(ctx, opened.status);
      // A draft's files are not public yet: each gets the short-lived signature the admin's own views carry.
      const now = Date.now();
      const fileUrl = (url: string) => {
        const path = storedUploadPath(url);
        return path ? signedUrl(signer, url, path, now) : url;
      };
      answer(ctx, 200, previewPage(opened.draft, opened.expiresAt, fileUrl));
    } catch (error) {
      // The reason only: the path holds the token.
      strapi.log.error(`preview page: ${(error as Error).message}`);
      refuse(ctx, 'unavailable');
    }
  };
}

/** From the app's register(), after the public API (whose front door rate-limits the path first). */
export function registerPreviewPage(strapi: Core.Strapi): void {
  strapi.server.use(previewPageMiddleware(strapi));
}
