import crypto from 'crypto';

/** Crockford's base 32: no I, L, O or U, so a code read aloud or copied by hand is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP = 5;

/**
 * `YK-XXXXX-XXXXX-XXXXX-XXXXX`: 20 characters of 5 random bits each, 100 bits, so guessing one
 * (or enumerating them) finds nothing: the public API's rate limit allows a few hundred tries a
 * minute against 2^100 codes.
 */
export function newTrackingCode(): string {
  const bytes = crypto.randomBytes(GROUPS * GROUP);
  const chars = [...bytes].map((byte) => ALPHABET[byte & 31]);
  const groups = Array.from({ length: GROUPS }, (_, i) => chars.slice(i * GROUP, (i + 1) * GROUP).join(''));
  return `YK-${groups.join('-')}`;
}

const CODE = new RegExp(`^YK(-[${ALPHABET}]{${GROUP}}){${GROUPS}}$`);

/** A code as typed (any case, spaces around): its one spelling, or null when it cannot be one. */
export function parseTrackingCode(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const code = value.trim().toUpperCase();
  return CODE.test(code) ? code : null;
}
