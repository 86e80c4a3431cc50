import crypto from 'node:crypto';

/**
 * The page access token at rest: AES-256-GCM with the key CHANNEL_SECRET_KEY (32 bytes, base64),
 * a fresh 12-byte IV per token, and the row's purpose as additional data so a cipher text cannot be
 * moved to another use. Without the key no token can be saved or read: the messages say so.
 */
const VERSION = 'v1';
const PURPOSE = Buffer.from('editorial-workflow:fanpage-token');

export const MISSING_KEY = 'Chưa cấu hình khóa mã hóa CHANNEL_SECRET_KEY trên máy chủ (32 byte, base64; tạo bằng: openssl rand -base64 32), nên không thể lưu mã truy cập.';
export const BAD_KEY = 'Khóa mã hóa CHANNEL_SECRET_KEY không hợp lệ: phải là 32 byte mã hóa base64 (tạo bằng: openssl rand -base64 32).';
export const UNREADABLE = 'Không giải mã được mã truy cập đã lưu (khóa CHANNEL_SECRET_KEY đã đổi?): quản trị viên cần nhập lại mã truy cập.';

export class SecretKeyError extends Error {}

/** The key from the environment; null when unset. */
function keyOf(env: NodeJS.ProcessEnv = process.env): Buffer | null {
  const raw = (env.CHANNEL_SECRET_KEY ?? '').trim();
  if (!raw) return null;
  const key = Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new SecretKeyError(BAD_KEY);
  return key;
}

export const secretKeyConfigured = (): boolean => {
  try {
    return keyOf() !== null;
  } catch {
    return false;
  }
};

export function encryptToken(token: string): string {
  const key = keyOf();
  if (!key) throw new SecretKeyError(MISSING_KEY);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(PURPOSE);
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

export function decryptToken(stored: string): string {
  const key = keyOf();
  if (!key) throw new SecretKeyError(MISSING_KEY.replace(', nên không thể lưu mã truy cập.', ', nên không đọc được mã truy cập đã lưu.'));
  const [version, iv, tag, body] = stored.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) throw new SecretKeyError(UNREADABLE);
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(PURPOSE);
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretKeyError(UNREADABLE);
  }
}

/** A text with every occurrence of the token masked: for any message that might quote a request. */
export function redact(text: string, token: string | null | undefined): string {
  if (!token || token.length < 4) return text;
  return text.split(token).join('[mã truy cập đã ẩn]');
}
