import type { Context, Next } from 'koa';
import { FormRefusal, sendRefusal } from './refusal';

/** Where the reader leaves a public form's parsed body for the guard (guard.accept reads nothing else). */
export const FORM_BODY_STATE_KEY = 'publicFormBody';
/** The content type the reader puts on a request it consumed, so Strapi's body parser leaves it alone. */
const CONSUMED_TYPE = 'application/x-public-form-read';

/** The bytes of the request, refused (413) past `limit`: by its Content-Length before a byte is read, else while reading. */
async function readLimited(ctx: Context, limit: number): Promise<Buffer> {
  const declared = Number(ctx.get('Content-Length'));
  if (Number.isFinite(declared) && declared > limit) throw new FormRefusal(413, `Nội dung gửi quá lớn (tối đa ${Math.floor(limit / 1024)} KB).`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new FormRefusal(413, `Nội dung gửi quá lớn (tối đa ${Math.floor(limit / 1024)} KB).`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** JSON from valid UTF-8 without null bytes, or a 400. */
export function parseFormBytes(bytes: Buffer): unknown {
  if (bytes.includes(0)) throw new FormRefusal(400, 'Nội dung gửi có ký tự rỗng (null) không hợp lệ.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FormRefusal(400, 'Nội dung gửi không phải văn bản UTF-8 hợp lệ.');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new FormRefusal(400, 'Nội dung gửi không phải JSON hợp lệ.');
  }
}

/**
 * Ahead of Strapi's stack (after the public API's front door, which counts the request against
 * the address's limit): the POSTs of the public forms are read here, raw, with a small limit, so a
 * 1 MB body is refused before any parsing; the bytes must be UTF-8 without null bytes and JSON.
 * Strapi's own parser (1 MB JSON limit, lenient decoding) never sees them.
 */
export function publicFormReader(isFormPost: (method: string, path: string) => boolean, maxBodyBytes: number) {
  return async function publicFormReader(ctx: Context, next: Next): Promise<void> {
    if (!isFormPost(ctx.method, ctx.path)) return next();
    try {
      if (!ctx.is('application/json')) throw new FormRefusal(400, 'Biểu mẫu phải được gửi dưới dạng JSON (Content-Type: application/json).');
      ctx.state[FORM_BODY_STATE_KEY] = parseFormBytes(await readLimited(ctx, maxBodyBytes));
    } catch (error) {
      if (error instanceof FormRefusal) {
        // A refused body may still be arriving: the connection closes after the answer rather than reading it.
        if (error.status === 413) ctx.set('Connection', 'close');
        return sendRefusal(ctx, error);
      }
      throw error;
    }
    ctx.req.headers['content-type'] = CONSUMED_TYPE;
    return next();
  };
}
