import crypto from 'crypto';
import type { PublicFormName } from './guard';

/** What a form token says: which form, for which target, when issued, and its one-time nonce. */
export interface FormTokenClaims {
  form: PublicFormName;
  target: string;
  issuedAt: number;
  nonce: string;
}

const mac = (secret: Buffer, payload: string) => crypto.createHmac('sha256', secret).update(payload).digest('base64url');

/** `payload.signature`, both base64url: the payload is readable, only the signature makes it trusted. */
export function signFormToken(secret: Buffer, claims: FormTokenClaims): string {
  const payload = Buffer.from(JSON.stringify([claims.form, claims.target, claims.issuedAt, claims.nonce]), 'utf8').toString('base64url');
  return `${payload}.${mac(secret, payload)}`;
}

/** The claims of a token signed with `secret`, or null for anything forged, truncated or malformed. */
export function readFormToken(secret: Buffer, token: unknown): FormTokenClaims | null {
  if (typeof token !== 'string' || token.length > 512) return null;
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  try {
    const [form, target, issuedAt, nonce] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown[];
    if (typeof form !== 'string' || typeof target !== 'string' || typeof issuedAt !== 'number' || typeof nonce !== 'string') return null;
    return { form: form as PublicFormName, target, issuedAt, nonce };
  } catch {
    return null;
  }
}

/** 128 random bits: a nonce nobody can guess or repeat. */
export const newNonce = () => crypto.randomBytes(16).toString('base64url');
