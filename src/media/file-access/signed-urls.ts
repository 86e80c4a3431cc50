import type { Context, Next } from 'koa';
import { storedUploadPath } from './upload-path';
import { signedUrl, unsignedUrl, type UrlSigner } from './url-signature';

/**
 * Files reach the admin panel as URLs inside its JSON responses: the media library's list, an
 * upload's answer, the content manager's documents (cover, gallery, the images in a body). Every
 * upload URL in a response to a signed-in admin (or an API token: its holder reads every file anyway) is given a short-lived
 * signature, so `<img>` tags load private files without an Authorization header. What a response
 * holds is what the route's own permissions let the caller read, so the signature follows scope.
 */
const SIGNED_STRATEGIES = new Set(['admin', 'admin-token', 'content-api-token', 'api-token']);

export function signedUrlsForAdmins(signer: UrlSigner) {
  return async (ctx: Context, next: Next): Promise<void> => {
    await next();
    const strategy = (ctx.state as { auth?: { strategy?: { name?: string } } }).auth?.strategy?.name;
    if (!strategy || !SIGNED_STRATEGIES.has(strategy)) return;
    const body = ctx.body as unknown;
    if (!isPlain(body) && !Array.isArray(body)) return;
    const now = Date.now();
    const signed = rewriteUploadUrls(body, (url, path) => signedUrl(signer, url, path, now));
    if (signed !== body) ctx.body = signed;
  };
}

/**
 * What is stored never carries a signature: the admin sends back the body of an item with the
 * signed URLs it was shown, and a stored signature would change the content (and its approval
 * hash) every time the window turns.
 */
export function withoutSignatures<T>(value: T): T {
  return rewriteUploadUrls(value, unsignedUrl);
}

/** `value` with every upload URL string rewritten; unchanged parts are shared, nothing is mutated. */
export function rewriteUploadUrls<T>(value: T, rewrite: (url: string, path: string) => string, depth = 0): T {
  if (typeof value === 'string') {
    const path = storedUploadPath(value);
    return (path ? rewrite(value, path) : value) as T;
  }
  if (depth > 64) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const next = rewriteUploadUrls(item, rewrite, depth + 1);
      if (next !== item) changed = true;
      return next;
    });
    return (changed ? out : value) as T;
  }
  if (isPlain(value)) {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const next = rewriteUploadUrls(item, rewrite, depth + 1);
      if (next !== item) changed = true;
      out[key] = next;
    }
    return (changed ? out : value) as T;
  }
  return value;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
