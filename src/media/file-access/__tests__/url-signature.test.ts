import { signedUrl, unsignedUrl, urlSigner } from '../url-signature';

const HOUR = 3600;

describe('signed file URLs', () => {
  const signer = urlSigner('server-secret', HOUR);
  const now = Date.UTC(2026, 8, 5, 8, 0, 0);

  it('accepts what it issued, for the path it was issued for, until it expires', () => {
    const { exp, sig } = signer.sign('/uploads/a.jpg', now);
    expect(signer.verify('/uploads/a.jpg', exp, sig, now)).toBe(true);
    expect(signer.verify('/uploads/b.jpg', exp, sig, now)).toBe(false);
    expect(signer.verify('/uploads/a.jpg', exp, sig, Number(exp) * 1000)).toBe(false);
    expect(signer.verify('/uploads/a.jpg', exp, sig, now + (HOUR - 1) * 1000)).toBe(true);
  });

  it('refuses another key, a changed expiry, a far expiry and malformed values', () => {
    const { exp, sig } = signer.sign('/uploads/a.jpg', now);
    const other = urlSigner('another-secret', HOUR).sign('/uploads/a.jpg', now);
    expect(signer.verify('/uploads/a.jpg', other.exp, other.sig, now)).toBe(false);
    expect(signer.verify('/uploads/a.jpg', String(Number(exp) + 1), sig, now)).toBe(false);
    const far = urlSigner('server-secret', 100 * HOUR).sign('/uploads/a.jpg', now);
    expect(signer.verify('/uploads/a.jpg', far.exp, far.sig, now)).toBe(false);
    for (const [e, s] of [[undefined, sig], [exp, undefined], [[exp], sig], [exp, [sig]], ['1e10', sig], [exp, '']]) {
      expect(signer.verify('/uploads/a.jpg', e, s, now)).toBe(false);
    }
  });

  it('keeps one URL per file for a while, so the browser can reuse what it loaded', () => {
    // Within one window (a quarter of the lifetime) the expiry rounds up to the same instant.
    expect(signer.sign('/uploads/a.jpg', now + 60_000)).toEqual(signer.sign('/uploads/a.jpg', now + 600_000));
  });

  it('replaces an old signature and keeps other parameters; unsigning restores the stored URL', () => {
    const first = signedUrl(signer, '/uploads/a.jpg?updatedAt=x', '/uploads/a.jpg', now);
    expect(first).toMatch(/^\/uploads\/a\.jpg\?updatedAt=x&exp=\d+&sig=[\w-]+$/);
    const again = signedUrl(signer, first, '/uploads/a.jpg', now + 10 * HOUR * 1000);
    expect(again.match(/sig=/g)).toHaveLength(1);
    expect(unsignedUrl(first, '/uploads/a.jpg')).toBe('/uploads/a.jpg?updatedAt=x');
    expect(unsignedUrl(signedUrl(signer, '/uploads/a.jpg', '/uploads/a.jpg', now), '/uploads/a.jpg')).toBe('/uploads/a.jpg');
  });
});
