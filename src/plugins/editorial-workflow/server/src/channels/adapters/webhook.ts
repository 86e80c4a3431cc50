import type { ChannelAdapter, DeliveryJob, DeliveryReceipt } from '../adapter';
import { DeliveryFailure } from '../adapter';
import { webhookSignature } from './webhook-signature';

/**
 * The generic signed webhook (issue 18 item 7): another system of the province receives every
 * published item, its removal and its corrections as a POST of JSON
 * `{ action, deliveryId, attempt, itemDocumentId, item }`, signed (X-Signature: HMAC-SHA256 hex over
 * `${X-Timestamp}.${body}` with CHANNEL_WEBHOOK_SECRET). On once CHANNEL_WEBHOOK_URL is set.
 *
 * A 2xx is done; a 5xx or a connection that never opened is retried; a 429 backs off (Retry-After);
 * any other 4xx is fatal (the receiver refuses it, sending again changes nothing). No answer within
 * CHANNEL_WEBHOOK_TIMEOUT_MS after sending is ambiguous: the request may have arrived, so it is
 * sent again with the same `deliveryId`, by which the receiver must drop a duplicate.
 *
 * Neither the address (it may hold a token) nor the secret nor the body is ever logged.
 */
interface WebhookConfig {
  url: string;
  secret: string;
  timeoutMs: number;
}

function configOf(): WebhookConfig | null {
  const url = process.env.CHANNEL_WEBHOOK_URL?.trim();
  if (!url) return null;
  const timeout = Number(process.env.CHANNEL_WEBHOOK_TIMEOUT_MS);
  return { url, secret: process.env.CHANNEL_WEBHOOK_SECRET ?? '', timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 10_000 };
}

/** Errors of a connection that never opened: the request cannot have arrived. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string; errors?: Array<{ code?: string }> } })?.cause;
  return cause?.code ?? cause?.errors?.[0]?.code;
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

/** What the receiver may answer to identify the item on its side (`{ remoteId, remoteUrl }`), short strings only. */
function receiptOf(text: string): DeliveryReceipt {
  try {
    const body = JSON.parse(text) as { remoteId?: unknown; remoteUrl?: unknown };
    const short = (value: unknown) => (typeof value === 'string' && value.length <= 255 ? value : null);
    return { remoteId: short(body?.remoteId), remoteUrl: short(body?.remoteUrl) };
  } catch {
    return {};
  }
}

async function post(job: DeliveryJob): Promise<DeliveryReceipt> {
  const config = configOf();
  if (!config) throw new DeliveryFailure('Chưa cấu hình địa chỉ webhook (CHANNEL_WEBHOOK_URL).', 'fatal');
  if (!config.secret) throw new DeliveryFailure('Chưa cấu hình khoá ký webhook (CHANNEL_WEBHOOK_SECRET).', 'fatal');
  const body = JSON.stringify({ action: job.action, deliveryId: job.deliveryId, attempt: job.attempt, itemDocumentId: job.itemDocumentId, item: job.item });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), config.timeoutMs);
  let response: Response;
  try {
    response = await fetch(config.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'X-Timestamp': timestamp,
        'X-Signature': webhookSignature(config.secret, timestamp, body),
        'X-Delivery-Id': String(job.deliveryId),
      },
      body,
      signal: controller.signal,
      redirect: 'manual',
    });
  } catch (error) {
    clearTimeout(timer);
    if (controller.signal.aborted) {
      throw new DeliveryFailure(`Hệ thống nhận không trả lời trong ${Math.round(config.timeoutMs / 1000)} giây; có thể đã nhận, sẽ gửi lại cùng mã để bên nhận bỏ trùng.`, 'ambiguous');
    }
    const code = causeCode(error);
    if (code && NOT_SENT.has(code)) throw new DeliveryFailure(`Không kết nối được tới hệ thống nhận (${code}); sẽ thử lại.`, 'retry');
    throw new DeliveryFailure(`Kết nối tới hệ thống nhận bị ngắt giữa chừng${code ? ` (${code})` : ''}; sẽ gửi lại cùng mã để bên nhận bỏ trùng.`, 'ambiguous');
  }
  try {
    const text = await response.text();
    if (response.status >= 200 && response.status < 300) return receiptOf(text);
    if (response.status === 429) throw new DeliveryFailure('Hệ thống nhận báo gửi quá nhiều (429); sẽ gửi lại sau.', 'rate-limited', retryAfterMs(response.headers.get('retry-after')));
    if (response.status >= 500) throw new DeliveryFailure(`Hệ thống nhận đang lỗi (HTTP ${response.status}); sẽ thử lại.`, 'retry');
    throw new DeliveryFailure(`Hệ thống nhận từ chối tin (HTTP ${response.status}); hãy kiểm tra địa chỉ và khoá ký rồi gửi lại.`, 'fatal');
  } catch (error) {
    if (error instanceof DeliveryFailure) throw error;
    if (controller.signal.aborted) throw new DeliveryFailure('Hệ thống nhận không trả lời hết trong thời hạn; sẽ gửi lại cùng mã để bên nhận bỏ trùng.', 'ambiguous');
    throw new DeliveryFailure('Kết nối tới hệ thống nhận bị ngắt giữa chừng; sẽ gửi lại cùng mã để bên nhận bỏ trùng.', 'ambiguous');
  } finally {
    clearTimeout(timer);
  }
}

export const webhookAdapter: ChannelAdapter = {
  channel: 'webhook',
  /** Every published item, once an address is set. */
  selects: () => configOf() !== null,
  deliver: post,
  retract: post,
  correct: post,
  async health() {
    const config = configOf();
    if (!config) return { ok: false, message: 'Chưa bật: đặt CHANNEL_WEBHOOK_URL và CHANNEL_WEBHOOK_SECRET để gửi tin sang hệ thống khác.' };
    if (!config.secret) return { ok: false, message: 'Thiếu khoá ký CHANNEL_WEBHOOK_SECRET: tin không được gửi đi khi chưa ký.' };
    return { ok: true };
  },
};
