import crypto from 'node:crypto';

/**
 * Short-lived signed URLs for files that are not public: `?exp=<unix seconds>&sig=<HMAC-SHA256 of
 * path and expiry>`. The admin panel shows files in `<img>` tags, which send no Authorization
 * header, so the URLs handed to a signed-in admin carry their own proof instead. The expiry is
 * rounded up to a window, so the same file keeps the same URL for a while and the browser can reuse
 * what it loaded.
 */
export const EXPIRES_PARAM = 'exp';
export const SIGNATURE_PARAM = 'sig';

export interface UrlSigner {
  /** `exp` and `sig` for `path`, valid at least `ttlSeconds` from `now`. */
  sign(path: string, now?: number): { exp: string; sig: string };
  /** Whether `exp` and `sig` were issued for `path` and have not expired. */
  verify(path: string, exp: unknown, sig: unknown, now?: number): boolean;
}

export function urlSigner(secret: string, ttlSeconds: number): UrlSigner {
  if (!secret) throw new Error('file access: no secret to sign file URLs with');
  const window = Math.max(60, Math.floor(ttlSeconds / 4));
  const mac = (path: string, exp: string) => crypto.createHmac('sha256', secret).update(`${path}\n${exp}`).digest('base64url');
  return {
    sign(path, now = Date.now()) {
      const seconds = Math.floor(now / 1000) + ttlSeconds;
      const exp = String(Math.ceil(seconds / window) * window);
      return { exp, sig: mac(path, exp) };
    },
    verify(path, exp, sig, now = Date.now()) {
      if (typeof exp !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(exp)) return false;
      // A window longer than the lifetime cannot come from sign(): refused even with a valid MAC.
      const expiresAt = Number(exp);
      const nowSeconds = Math.floor(now / 1000);
      if (expiresAt <= nowSeconds || expiresAt > nowSeconds + ttlSeconds + window) return false;
      const expected = Buffer.from(mac(path, exp));
      const given = Buffer.from(sig);
      return expected.length === given.length && crypto.timingSafeEqual(expected, given);
    },
  };
}

/** `url` (an upload path, perhaps with a query) with a fresh signature in place of any old one. */
export function signedUrl(signer: UrlSigner, url: string, path: string, now?: number): string {
  const query = new URLSearchParams(url.slice(path.length).replace(/^\?/, '').replace(/#.*$/, ''));
  query.delete(EXPIRES_PARAM);
  query.delete(SIGNATURE_PARAM);
  const { exp, sig } = signer.sign(path, now);
  query.set(EXPIRES_PARAM, exp);
  query.set(SIGNATURE_PARAM, sig);
  return `${path}?${query.toString()}`;
}

/** `url` without this module's parameters: what is stored and what the public is given. */
export function unsignedUrl(url: string, path: string): string {
  const query = new URLSearchParams(url.slice(path.length).replace(/^\?/, '').replace(/#.*$/, ''));
  query.delete(EXPIRES_PARAM);
  query.delete(SIGNATURE_PARAM);
  const rest = query.toString();
  return rest ? `${path}?${rest}` : path;
}
