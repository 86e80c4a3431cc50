import type { Context, Next } from 'koa';
import { adminAuthRouteOf } from './auth-routes';
import type { FailureCounter } from './failure-counters';

/** Strapi's error body, with the Vietnamese message first and the English gist in parentheses. */
function refuse(ctx: Context, status: 403 | 429, retryAfterSeconds: number, message: string): void {
  ctx.status = status;
  ctx.set('Retry-After', String(retryAfterSeconds));
  ctx.body = {
    data: null,
    error: { status, name: status === 429 ? 'TooManyRequestsError' : 'ForbiddenError', message, details: { retryAfterSeconds } },
  };
}

const minutes = (s: number) => Math.max(1, Math.ceil(s / 60));
const failed = (ctx: Context) => ctx.status >= 400;

/**
 * Ahead of Strapi's whole stack (before the body is even read): an address past its limit of
 * failed attempts on the sign-in routes is refused for a while, whatever e-mails it tries. Each
 * attempt is reserved before it runs and given back when it succeeds, so a burst sent at once
 * counts as many attempts as it holds. A request for a password-reset e-mail always counts: it
 * sends mail whoever asks.
 */
export function addressGuard(options: {
  perAddress: FailureCounter;
  clientAddress: (remoteAddress: string | undefined, forwardedFor: string | undefined) => string;
  adminPath: () => string;
}) {
  const { perAddress, clientAddress, adminPath } = options;
  return async function adminAddressGuard(ctx: Context, next: Next): Promise<void> {
    const route = adminAuthRouteOf(ctx.method, ctx.path, adminPath());
    if (!route) return next();
    const address = clientAddress(ctx.req.socket.remoteAddress, ctx.get('X-Forwarded-For'));
    const { allowed, retryAfterSeconds } = await perAddress.reserve(address);
    if (!allowed) {
      return refuse(
        ctx,
        429,
        retryAfterSeconds,
        `Quá nhiều lần đăng nhập không thành công từ địa chỉ này, vui lòng thử lại sau ${minutes(retryAfterSeconds)} phút (too many failed sign-in attempts from this address).`
      );
    }
    let ok = false;
    try {
      await next();
      ok = !failed(ctx) && route !== 'forgot-password';
    } finally {
      if (ok) await perAddress.release(address);
      else await perAddress.blockIfReached(address);
    }
  };
}

/**
 * On the login route, once the body is read (a middleware of Strapi's router, ahead of the route's
 * own): an account with too many failed logins in a row is locked for a while, even to the right
 * password, and the administrators are told once when it locks. A success forgets the failures.
 */
export function accountLock(options: {
  perAccount: FailureCounter;
  clientAddress: (remoteAddress: string | undefined, forwardedFor: string | undefined) => string;
  adminPath: () => string;
  onLocked: (email: string, address: string) => Promise<void>;
}) {
  const { perAccount, clientAddress, adminPath, onLocked } = options;
  return async function adminAccountLock(ctx: Context, next: Next): Promise<void> {
    if (adminAuthRouteOf(ctx.method, ctx.path, adminPath()) !== 'login') return next();
    const raw = (ctx.request as { body?: { email?: unknown } }).body?.email;
    if (typeof raw !== 'string' || raw.trim() === '') return next();
    const email = raw.trim().toLowerCase();
    const { blocked, retryAfterSeconds } = await perAccount.blocked(email);
    if (blocked) {
      return refuse(
        ctx,
        403,
        retryAfterSeconds,
        `Tài khoản tạm khoá do đăng nhập sai nhiều lần, vui lòng thử lại sau ${minutes(retryAfterSeconds)} phút hoặc liên hệ quản trị viên (account locked after repeated failed logins).`
      );
    }
    const failure = async () => {
      if (await perAccount.fail(email)) await onLocked(email, clientAddress(ctx.req.socket.remoteAddress, ctx.get('X-Forwarded-For')));
    };
    try {
      await next();
    } catch (error) {
      // A refused login is thrown here; Strapi's errors middleware, further out, makes it a 4xx.
      await failure();
      throw error;
    }
    if (failed(ctx)) await failure();
    else await perAccount.forget(email);
  };
}
