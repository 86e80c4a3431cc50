import { DeliveryFailure } from '../adapter';
import { nearLimit, type Usage } from './usage';

/**
 * The Graph API's failures as the outbox reads them (channels/adapter.ts DeliveryFailure), each with
 * a Vietnamese message the publisher sees on the channels page.
 */

/** Graph error codes of the throttles: application (4), user (17), API (32), this action too often (613), page (80001). */
export const RATE_LIMIT_CODES = new Set([4, 17, 32, 613, 80001]);
/** The token is invalid, expired or revoked (OAuthException 190; 102 is the old session error). */
export const TOKEN_CODES = new Set([190, 102]);
/** Temporary trouble on Facebook's side: unknown error (1), service unavailable (2). */
const TRANSIENT_CODES = new Set([1, 2]);
/** The object (the post) does not exist, or is no longer reachable. */
export const GONE_CODE = 100;
const GONE_SUBCODE = 33;

export interface GraphError {
  code?: number;
  error_subcode?: number;
  message?: string;
  type?: string;
}

/** How long to wait after a throttle when Facebook names no time: GRAPH_RATE_LIMIT_BACKOFF_MS, else a minute. */
export function rateLimitBackoffMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.GRAPH_RATE_LIMIT_BACKOFF_MS);
  return Number.isFinite(value) && value > 0 ? value : 60_000;
}

/** The token was refused (error 190): the delivery is dead, and the publishers are warned at once. */
export class TokenFailure extends DeliveryFailure {}

export const TOKEN_INVALID_MESSAGE =
  'Mã truy cập trang (page access token) của fanpage không hợp lệ hoặc đã hết hạn (Facebook báo lỗi 190): quản trị viên cần nhập mã mới trong Cấu hình kênh đăng tải.';

export const rateLimited = (usage: Usage | null, why: string) =>
  new DeliveryFailure(
    `Facebook đang giới hạn số lượt gọi (${why}): hệ thống sẽ tự gửi lại sau.`,
    'rate-limited',
    Math.max(usage?.regainMs ?? 0, rateLimitBackoffMs())
  );

/** Whether the error says the object is gone (a post deleted on Facebook already). */
export const isGone = (error: GraphError | null) => error?.code === GONE_CODE && (error.error_subcode === GONE_SUBCODE || /does not exist|cannot be loaded/i.test(error.message ?? ''));

/** A failed HTTP answer of the Graph API as a DeliveryFailure. `clean` masks the token in any text quoted from it. */
export function failureOfResponse(status: number, error: GraphError | null, usage: Usage, clean: (text: string) => string): DeliveryFailure {
  const code = error?.code;
  if (code !== undefined && TOKEN_CODES.has(code)) return new TokenFailure(TOKEN_INVALID_MESSAGE, 'fatal');
  if ((code !== undefined && RATE_LIMIT_CODES.has(code)) || status === 429) return rateLimited(usage, code !== undefined ? `mã lỗi ${code}` : 'HTTP 429');
  if (nearLimit(usage)) return rateLimited(usage, `mức sử dụng ${usage.percent}%`);
  if (status >= 500 || (code !== undefined && TRANSIENT_CODES.has(code))) {
    return new DeliveryFailure(`Máy chủ Facebook đang gặp sự cố (HTTP ${status}${code !== undefined ? `, mã lỗi ${code}` : ''}): hệ thống sẽ tự gửi lại.`, 'retry');
  }
  if (code === 10 || (code !== undefined && code >= 200 && code < 300)) {
    return new DeliveryFailure(`Mã truy cập không có quyền đăng lên trang (Facebook báo mã lỗi ${code}): cần cấp quyền pages_manage_posts cho mã truy cập.`, 'fatal');
  }
  const detail = error?.message ? `: ${clean(error.message).slice(0, 300)}` : '';
  return new DeliveryFailure(`Facebook từ chối yêu cầu (HTTP ${status}${code !== undefined ? `, mã lỗi ${code}` : ''})${detail}`, 'fatal');
}

/**
 * A request that got no answer. A connection never made (refused, no such host) sent nothing: retry.
 * A timeout or a connection cut after sending may have reached Facebook: ambiguous when the call
 * creates something (a retry must look first), a plain retry when repeating it is harmless.
 */
export function failureOfNetwork(error: unknown, creates: boolean, timeoutMs: number): DeliveryFailure {
  const name = (error as { name?: string })?.name;
  const cause = (error as { cause?: { code?: string } })?.cause;
  const code = cause?.code ?? (error as { code?: string })?.code;
  const notSent = code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH';
  if (notSent) return new DeliveryFailure(`Không kết nối được tới Graph API của Facebook (${code}): hệ thống sẽ tự gửi lại.`, 'retry');
  const timedOut = name === 'TimeoutError' || name === 'AbortError';
  const what = timedOut ? `Facebook không trả lời sau ${Math.round(timeoutMs / 100) / 10} giây` : `kết nối tới Facebook bị ngắt giữa chừng${code ? ` (${code})` : ''}`;
  return creates
    ? new DeliveryFailure(`${what}; yêu cầu có thể đã tới Facebook: lần gửi lại sẽ kiểm tra trang trước khi đăng.`, 'ambiguous')
    : new DeliveryFailure(`${what}: hệ thống sẽ tự gửi lại.`, 'retry');
}
