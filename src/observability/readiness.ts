import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { sharedRedis } from '../shared-state/redis';
import { objectStorageOf } from '../media/storage';

type Check = (signal: AbortSignal) => Promise<unknown>;

/** What each check is called in the 503's message. */
const LABELS: Record<string, string> = {
  database: 'cơ sở dữ liệu',
  redis: 'Redis',
  storage: 'kho lưu trữ tệp (S3)',
};

interface CheckResult {
  status: 'ok' | 'error';
  ms: number;
  message?: string;
}

/**
 * The dependencies this process cannot serve without: the database always, Redis when REDIS_URL is
 * set, the object storage when S3_BUCKET is set. Each gets `timeoutMs`; they run side by side.
 * Read on the first request, once every part of the app has registered.
 */
export function readinessChecks(strapi: Core.Strapi): Record<string, Check> {
  const checks: Record<string, Check> = {
    database: () => strapi.db.connection.raw('select 1'),
  };
  const redis = sharedRedis(strapi);
  if (redis) checks.redis = () => redis.ping();
  // The uploads' bucket (S3_BUCKET), through the media archive's own client: a HeadBucket.
  const storage = objectStorageOf(strapi);
  if (storage) checks.storage = () => storage.store.ping();
  return checks;
}

async function run(name: string, check: Check, timeoutMs: number, log: Core.Strapi['log']): Promise<CheckResult> {
  const started = Date.now();
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { timedOut: true }));
    }, timeoutMs);
  });
  try {
    await Promise.race([check(controller.signal), timeout]);
    return { status: 'ok', ms: Date.now() - started };
  } catch (error) {
    const timedOut = (error as { timedOut?: boolean }).timedOut === true;
    // The cause goes to the log only: a host name or a database name is nobody's business outside.
    log.warn(`readyz: ${name} check failed: ${(error as Error).message}`);
    return {
      status: 'error',
      ms: Date.now() - started,
      message: timedOut ? `Không trả lời trong ${Math.round(timeoutMs / 100) / 10} giây.` : 'Không kết nối được.',
    };
  } finally {
    clearTimeout(timer);
  }
}

/** GET /readyz: 200 when every check passes, else 503 naming the ones that failed (for a load balancer and an operator). */
export function readyz(strapi: Core.Strapi, timeoutMs: number) {
  let checks: Record<string, Check> | undefined;
  return async function readyzHandler(ctx: Context): Promise<void> {
    checks ??= readinessChecks(strapi);
    const entries = await Promise.all(Object.entries(checks).map(async ([name, check]) => [name, await run(name, check, timeoutMs, strapi.log)] as const));
    const results = Object.fromEntries(entries);
    const failed = entries.filter(([, result]) => result.status === 'error').map(([name]) => name);
    ctx.set('Cache-Control', 'no-store');
    if (failed.length === 0) {
      ctx.status = 200;
      ctx.body = { status: 'ok', checks: results };
      return;
    }
    ctx.status = 503;
    ctx.body = {
      status: 'error',
      message: `Máy chủ chưa sẵn sàng: ${failed.map((name) => LABELS[name] ?? name).join(', ')} không hoạt động.`,
      failed,
      checks: results,
    };
  };
}
