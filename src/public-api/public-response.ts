import crypto from 'crypto';
import type { Context } from 'koa';

/** A rendered public response: the exact bytes, their strong ETag and their type. Cached as is. */
export interface PublicResponse {
  body: Buffer;
  etag: string;
  contentType: string;
}

export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

export function rendered(text: string, contentType: string): PublicResponse {
  const body = Buffer.from(text, 'utf8');
  const etag = `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  return { body, etag, contentType };
}

export function jsonResponse(value: unknown): PublicResponse {
  return rendered(JSON.stringify(value), 'application/json; charset=utf-8');
}

/** `If-None-Match` holds our ETag (weak comparison, as RFC 9110 asks for this header) or `*`. */
function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/** Answers with a rendered response, or a 304 when the client already has these bytes. */
export function sendPublic(ctx: Context, response: PublicResponse): void {
  ctx.set('ETag', response.etag);
  ctx.set('Cache-Control', CACHE_CONTROL);
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('X-Content-Type-Options', 'nosniff');
  if (notModified(ctx.get('If-None-Match'), response.etag)) {
    ctx.status = 304;
    return;
  }
  ctx.status = 200;
  ctx.type = response.contentType;
  ctx.body = response.body;
}
