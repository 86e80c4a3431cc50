import crypto from 'crypto';

/**
 * The webhook's signature: HMAC-SHA256, hex, over `${timestamp}.${body}` with the shared secret
 * (CHANNEL_WEBHOOK_SECRET). The timestamp (seconds since 1970, header X-Timestamp) is signed with
 * the body, so the receiver can refuse an old request replayed (README, "Webhook").
 */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The receiver's check: the signature matches, in constant time, and the timestamp is recent. */
export function verifyWebhookSignature(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  { nowMs = Date.now(), toleranceSeconds = 300 } = {}
): boolean {
  const { timestamp, signature } = headers;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp) || !/^[0-9a-f]{64}$/i.test(signature)) return false;
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const expected = Buffer.from(webhookSignature(secret, timestamp, body), 'hex');
  return crypto.timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}
