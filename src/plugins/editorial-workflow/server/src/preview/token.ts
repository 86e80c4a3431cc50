import crypto from 'node:crypto';

/**
 * The token of a preview link: `<payload>.<signature>`, both base64url. The payload is the JSON
 * `{ d: documentId, v: workflow version, e: expiry in unix seconds }`; the signature is
 * HMAC-SHA256 of the payload's text under a key only the server holds. Nothing is stored: the
 * token carries everything, and the server checks it against the item's state row when it is
 * opened (a new transition moves the version on, so the link goes stale).
 */
export interface PreviewClaims {
  documentId: string;
  version: number;
  /** Unix seconds. */
  expiresAt: number;
}

export type PreviewTokenCheck =
  | { valid: true; claims: PreviewClaims }
  /** `forged`: not a token this server signed (malformed, changed, another key). `expired`: signed, past its time. */
  | { valid: false; reason: 'forged' | 'expired' };

/** Domain separation: this key signs preview links and nothing else. */
const CONTEXT = 'sgddt-preview-link:v1.';
const DOCUMENT_ID = /^[A-Za-z0-9]{1,64}$/;
/** A payload of three short fields is well under 200 characters; a longer one is not ours. */
const TOKEN = /^([A-Za-z0-9_-]{8,200})\.([A-Za-z0-9_-]{43})$/;

const mac = (key: Buffer, payload: string) => crypto.createHmac('sha256', key).update(CONTEXT + payload).digest('base64url');

export function signPreviewToken(key: Buffer, claims: PreviewClaims): string {
  const payload = Buffer.from(JSON.stringify({ d: claims.documentId, v: claims.version, e: claims.expiresAt }), 'utf8').toString('base64url');
  return `${payload}.${mac(key, payload)}`;
}

/**
 * Whether `token` was signed with `key`, compared in constant time, and not expired at `now`. The
 * signatures are compared as text: base64url has several spellings of the same last bits, and a
 * token with a changed character must not pass for the one that was issued. An expiry further
 * away than `maxLifetimeSeconds` cannot have come from this server's settings and is refused too.
 */
export function verifyPreviewToken(key: Buffer, token: unknown, now: number, maxLifetimeSeconds: number): PreviewTokenCheck {
  if (typeof token !== 'string') return { valid: false, reason: 'forged' };
  const parts = TOKEN.exec(token);
  if (!parts) return { valid: false, reason: 'forged' };
  const [, payload, signature] = parts;
  const expected = Buffer.from(mac(key, payload), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return { valid: false, reason: 'forged' };

  const claims = readClaims(payload);
  if (!claims) return { valid: false, reason: 'forged' };
  const nowSeconds = Math.floor(now / 1000);
  if (claims.expiresAt > nowSeconds + maxLifetimeSeconds + 60) return { valid: false, reason: 'forged' };
  if (claims.expiresAt <= nowSeconds) return { valid: false, reason: 'expired' };
  return { valid: true, claims };
}

function readClaims(payload: string): PreviewClaims | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { d, v, e } = value as Record<string, unknown>;
  if (typeof d !== 'string' || !DOCUMENT_ID.test(d)) return null;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return null;
  if (typeof e !== 'number' || !Number.isInteger(e) || e < 1) return null;
  return { documentId: d, version: v, expiresAt: e };
}

/**
 * The signing key: PREVIEW_SECRET when set, else derived (HKDF-SHA256) from the app's own keys
 * (APP_KEYS), so a deployment needs no new secret and every process derives the same key. A
 * derived key never reveals APP_KEYS, and serves nothing else (its own `info`).
 */
export function previewKey(previewSecret: string | undefined, appKeys: string[]): Buffer {
  const material = previewSecret?.trim() || appKeys.filter(Boolean).join(',');
  if (!material) throw new Error('preview links: set PREVIEW_SECRET or APP_KEYS to sign preview links');
  return Buffer.from(crypto.hkdfSync('sha256', material, 'sgddt-newsroom', 'preview-link-signature', 32));
}
