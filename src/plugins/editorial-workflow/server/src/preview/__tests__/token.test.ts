import crypto from 'node:crypto';
import { previewKey, signPreviewToken, verifyPreviewToken } from '../token';
import { previewLinkHours } from '../config';

const KEY = previewKey(undefined, ['app-key-one', 'app-key-two']);
const NOW = Date.UTC(2026, 11, 3, 2, 0, 0);
const HOUR = 3600;
const claims = { documentId: 'abc123def456', version: 3, expiresAt: NOW / 1000 + 4 * HOUR };

/** `token` with the character at `index` replaced by another of the base64url alphabet. */
const changedAt = (token: string, index: number) => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const other = alphabet[(alphabet.indexOf(token[index]) + 1) % alphabet.length];
  return token.slice(0, index) + other + token.slice(index + 1);
};

describe('preview link tokens', () => {
  it('verifies a token it signed, with its claims', () => {
    const token = signPreviewToken(KEY, claims);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyPreviewToken(KEY, token, NOW, 4 * HOUR)).toEqual({ valid: true, claims });
  });

  it('refuses every token with one character changed, in the payload or the signature (the last one included)', () => {
    const token = signPreviewToken(KEY, claims);
    for (let i = 0; i < token.length; i += 1) {
      if (token[i] === '.') continue;
      expect({ i, check: verifyPreviewToken(KEY, changedAt(token, i), NOW, 4 * HOUR) }).toEqual({ i, check: { valid: false, reason: 'forged' } });
    }
  });

  it('refuses a token signed with another key, or another secret', () => {
    const other = previewKey(undefined, ['app-key-one', 'app-key-three']);
    expect(verifyPreviewToken(KEY, signPreviewToken(other, claims), NOW, 4 * HOUR)).toEqual({ valid: false, reason: 'forged' });
    const own = previewKey('a-dedicated-preview-secret', ['app-key-one', 'app-key-two']);
    expect(verifyPreviewToken(KEY, signPreviewToken(own, claims), NOW, 4 * HOUR)).toEqual({ valid: false, reason: 'forged' });
    // The derived key is not the app key itself, nor its plain HMAC.
    expect(KEY.equals(Buffer.from('app-key-one,app-key-two'))).toBe(false);
  });

  it('refuses a payload it never signed, however well formed, and malformed tokens', () => {
    const payload = Buffer.from(JSON.stringify({ d: 'abc123def456', v: 9, e: claims.expiresAt })).toString('base64url');
    const forged = `${payload}.${crypto.createHmac('sha256', 'guess').update(payload).digest('base64url')}`;
    for (const token of [forged, '', 'x', 'a.b', `${payload}.`, `.${'A'.repeat(43)}`, `${payload}.${'A'.repeat(43)}.x`, `${'A'.repeat(5000)}.${'A'.repeat(43)}`, null, 42, { a: 1 }]) {
      expect(verifyPreviewToken(KEY, token, NOW, 4 * HOUR)).toEqual({ valid: false, reason: 'forged' });
    }
  });

  it('refuses claims of the wrong shape even under a valid signature', () => {
    for (const bad of [{ documentId: 'no/slash', version: 1 }, { documentId: 'abc', version: 0 }, { documentId: 'abc', version: 1.5 }]) {
      const token = signPreviewToken(KEY, { ...claims, ...bad });
      expect(verifyPreviewToken(KEY, token, NOW, 4 * HOUR)).toEqual({ valid: false, reason: 'forged' });
    }
  });

  it('says expired once the expiry has passed, and refuses an expiry further away than a lifetime', () => {
    const token = signPreviewToken(KEY, claims);
    expect(verifyPreviewToken(KEY, token, claims.expiresAt * 1000 - 1000, 4 * HOUR).valid).toBe(true);
    expect(verifyPreviewToken(KEY, token, claims.expiresAt * 1000, 4 * HOUR)).toEqual({ valid: false, reason: 'expired' });
    // A lifetime of one hour (PREVIEW_LINK_HOURS lowered) does not honour a four-hour link issued before.
    expect(verifyPreviewToken(KEY, token, NOW, HOUR)).toEqual({ valid: false, reason: 'forged' });
  });

  it('derives the same key on every process from the same settings, and refuses to sign with none', () => {
    expect(previewKey(undefined, ['app-key-one', 'app-key-two']).equals(KEY)).toBe(true);
    expect(previewKey('  ', ['app-key-one', 'app-key-two']).equals(KEY)).toBe(true);
    expect(() => previewKey(undefined, [])).toThrow(/PREVIEW_SECRET/);
  });

  it('reads PREVIEW_LINK_HOURS: 4 by default, fractions allowed, nonsense refused by name', () => {
    expect(previewLinkHours(undefined)).toBe(4);
    expect(previewLinkHours('')).toBe(4);
    expect(previewLinkHours('0.5')).toBe(0.5);
    expect(previewLinkHours('24')).toBe(24);
    for (const raw of ['0', '-1', 'abc', '73', 'Infinity']) expect(() => previewLinkHours(raw)).toThrow(/PREVIEW_LINK_HOURS/);
  });
});
