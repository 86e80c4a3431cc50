import type { Core } from '@strapi/strapi';
import { previewKey } from './token';

export interface PreviewConfig {
  /** The HMAC key of the tokens (token.ts: PREVIEW_SECRET, else derived from APP_KEYS). */
  key: Buffer;
  /** How long a link works: PREVIEW_LINK_HOURS, default 4. */
  lifetimeSeconds: number;
  /** Where the public reaches this server (PUBLIC_URL; Strapi's own address without it). */
  baseUrl: string;
}

export const DEFAULT_PREVIEW_LINK_HOURS = 4;
/** A link is for reading a draft today, not a standing door: at most three days. */
const MAX_PREVIEW_LINK_HOURS = 72;

/** PREVIEW_LINK_HOURS: hours, fractions allowed (0.5 is half an hour), up to 72; anything else stops the start with its name. */
export function previewLinkHours(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_PREVIEW_LINK_HOURS;
  const hours = Number(raw);
  if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_PREVIEW_LINK_HOURS) {
    throw new Error(`PREVIEW_LINK_HOURS must be a number of hours above 0 and at most ${MAX_PREVIEW_LINK_HOURS}, got "${raw}"`);
  }
  return hours;
}

const configs = new WeakMap<Core.Strapi, PreviewConfig>();

/** Read once per app (the key derivation is not free, and every process must agree anyway). */
export function previewConfig(strapi: Core.Strapi): PreviewConfig {
  const known = configs.get(strapi);
  if (known) return known;
  const appKeys = strapi.config.get<string[]>('server.app.keys', []) ?? [];
  const config: PreviewConfig = {
    key: previewKey(process.env.PREVIEW_SECRET, Array.isArray(appKeys) ? appKeys : []),
    lifetimeSeconds: Math.round(previewLinkHours(process.env.PREVIEW_LINK_HOURS) * 3600),
    baseUrl: String(strapi.config.get<string>('server.url', '') || strapi.config.get<string>('server.absoluteUrl', '') || 'http://localhost:1337').replace(/\/+$/, ''),
  };
  configs.set(strapi, config);
  return config;
}
