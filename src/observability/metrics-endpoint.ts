import { createHash, timingSafeEqual } from 'crypto';
import type { Context } from 'koa';
import { register } from './registry';

const digest = (text: string) => createHash('sha256').update(text).digest();

const refuse = (ctx: Context, status: 401 | 404, message: string) => {
  ctx.status = status;
  if (status === 401) ctx.set('WWW-Authenticate', 'Bearer realm="metrics"');
  ctx.body = { data: null, error: { status, name: status === 401 ? 'UnauthorizedError' : 'NotFoundError', message, details: {} } };
};

/**
 * GET /metrics: Prometheus's text format, to a scraper holding METRICS_TOKEN
 * (`Authorization: Bearer …`). Without METRICS_TOKEN the endpoint does not exist (404). The token
 * is compared through fixed-length digests in constant time, so its length and prefix do not leak.
 */
export function metricsEndpoint(token: string | undefined) {
  const expected = token ? digest(token) : undefined;
  return async function metricsHandler(ctx: Context): Promise<void> {
    if (!expected) return refuse(ctx, 404, 'Không tìm thấy.');
    const presented = /^Bearer\s+(.+)$/i.exec(ctx.get('Authorization'))?.[1]?.trim() ?? '';
    if (!timingSafeEqual(digest(presented), expected)) return refuse(ctx, 401, 'Cần mã truy cập hợp lệ (Authorization: Bearer) để xem số liệu vận hành.');
    ctx.set('Content-Type', register.contentType);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await register.metrics();
  };
}
