import crypto from 'crypto';
import { envInt } from '../../../../../utils/env-values';

/** The public forms' settings, from the environment (documented in .env.example). */
export interface PublicFormConfig {
  /** The HMAC key of the form tokens. */
  secret: Buffer;
  /** A raw body larger than this is refused (413) before it is parsed. */
  maxBodyBytes: number;
  /** The least time between a token's issue and its post: a person reads and types, a bot does not. */
  minSeconds: number;
  /** A token older than this is refused: the form is reloaded. */
  tokenTtlSeconds: number;
  /** Posts per client address per window, on top of the public API's limit (0: none). */
  rateLimit: { max: number; windowSeconds: number };
}

/**
 * PUBLIC_FORM_SECRET when set; otherwise a key derived from APP_KEYS (a production secret already
 * checked at start, production-secrets.ts), so that no deployment runs with a known key.
 */
function secretOf(env: NodeJS.ProcessEnv): Buffer {
  const own = env.PUBLIC_FORM_SECRET?.trim();
  if (own) return Buffer.from(own, 'utf8');
  return crypto.createHmac('sha256', env.APP_KEYS ?? '').update('public-form-token').digest();
}

export function readPublicFormConfig(env: NodeJS.ProcessEnv = process.env): PublicFormConfig {
  const int = (name: string, fallback: number) => envInt(env, name, fallback);
  return {
    secret: secretOf(env),
    maxBodyBytes: Math.max(1, int('PUBLIC_FORM_MAX_BODY_KB', 64)) * 1024,
    minSeconds: int('PUBLIC_FORM_MIN_SECONDS', 3),
    tokenTtlSeconds: Math.max(60, int('PUBLIC_FORM_TOKEN_TTL_MINUTES', 120) * 60),
    rateLimit: { max: int('PUBLIC_FORM_RATE_LIMIT', 10), windowSeconds: Math.max(1, int('PUBLIC_FORM_RATE_WINDOW_SECONDS', 600)) },
  };
}
