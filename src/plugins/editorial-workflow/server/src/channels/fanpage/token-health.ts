import type { Core } from '@strapi/strapi';
import type { ChannelHealth } from '../adapter';
import { DeliveryFailure } from '../adapter';
import { graphCall } from './graph-client';
import { TOKEN_INVALID_MESSAGE, TokenFailure } from './graph-errors';
import { SecretKeyError } from './secret';
import { loadGraphConfig, recordTokenState } from './settings';

/** What `/debug_token` answers (the part read here). */
interface DebugToken {
  data?: {
    is_valid?: boolean;
    /** Unix seconds; 0: never expires. */
    expires_at?: number;
    error?: { code?: number; message?: string };
  };
}

/**
 * What a check found: `valid` or `invalid` (the publishers are warned), or `unknown` when the
 * check itself could not be made (no settings, Facebook unreachable): no warning then.
 */
export interface TokenInspection {
  health: ChannelHealth;
  verdict: 'valid' | 'invalid' | 'unknown';
  /** Which token was checked (null without one). */
  tokenKey: string | null;
  expiresAt: Date | null;
}

/**
 * The token's health (issue 18 item 3): `GET /debug_token?input_token=…` with the token itself,
 * its validity and expiry, recorded on the settings row for the screen. The token is in the query
 * here because Facebook takes it nowhere else; that address goes to the Graph API only, never to a log.
 */
export async function inspectToken(strapi: Core.Strapi, now = new Date()): Promise<TokenInspection> {
  let config;
  try {
    config = await loadGraphConfig(strapi);
  } catch (error) {
    if (error instanceof SecretKeyError) return { health: { ok: false, message: error.message }, verdict: 'unknown', tokenKey: null, expiresAt: null };
    throw error;
  }
  if ('missing' in config) return { health: { ok: false, message: config.missing }, verdict: 'unknown', tokenKey: null, expiresAt: null };

  let answer: DebugToken;
  try {
    answer = (await graphCall<DebugToken>(config, { method: 'GET', path: '/debug_token', query: { input_token: config.token } })).body;
  } catch (error) {
    const invalid = error instanceof TokenFailure;
    const message = error instanceof DeliveryFailure ? error.message : 'Không kiểm tra được mã truy cập.';
    if (invalid) await recordTokenState(strapi, config.tokenKey, { valid: false, problem: message, checkedAt: now });
    return { health: { ok: false, message }, verdict: invalid ? 'invalid' : 'unknown', tokenKey: config.tokenKey, expiresAt: null };
  }

  const data = answer?.data ?? {};
  const seconds = Number(data.expires_at);
  const expiresAt = Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : null;
  const expired = expiresAt !== null && expiresAt.getTime() <= now.getTime();
  if (data.is_valid !== true || expired) {
    await recordTokenState(strapi, config.tokenKey, { valid: false, expiresAt, problem: TOKEN_INVALID_MESSAGE, checkedAt: now });
    return { health: { ok: false, message: TOKEN_INVALID_MESSAGE, expiresAt: expiresAt?.toISOString() ?? null }, verdict: 'invalid', tokenKey: config.tokenKey, expiresAt };
  }
  await recordTokenState(strapi, config.tokenKey, { valid: true, expiresAt, problem: null, checkedAt: now });
  return { health: { ok: true, expiresAt: expiresAt?.toISOString() ?? null }, verdict: 'valid', tokenKey: config.tokenKey, expiresAt };
}
