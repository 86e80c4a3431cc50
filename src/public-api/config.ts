import type { Core } from '@strapi/strapi';
import { envInt, envList } from '../utils/env-values';

/** The settings of the public API, from the environment (documented in .env.example). */
export interface PublicApiConfig {
  /** The REST prefix the public routes live under (Strapi's `api.rest.prefix`). */
  prefix: string;
  rateLimit: {
    /** Requests a client address may make per window; 0 turns the limit off. */
    max: number;
    windowSeconds: number;
  };
  /** Addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed. */
  trustedProxies: string[];
  cache: {
    enabled: boolean;
    maxEntries: number;
    maxBytes: number;
    /** A safety net for writes that bypass the Document Service (raw SQL): entries expire anyway. */
    ttlSeconds: number;
  };
  site: {
    /** The department website: links in the RSS feed and the sitemap point there. */
    url: string;
    /** Path of an item's page on the website; `{slug}` is replaced. */
    articlePath: string;
    name: string;
  };
}


export function readPublicApiConfig(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): PublicApiConfig {
  const int = (name: string, fallback: number) => envInt(env, name, fallback);
  const siteUrl = (env.PUBLIC_SITE_URL || strapi.config.get<string>('server.url', '') || 'http://localhost:1337').replace(/\/+$/, '');
  return {
    prefix: strapi.config.get<string>('api.rest.prefix', '/api') || '/api',
    rateLimit: {
      max: int('PUBLIC_API_RATE_LIMIT', 300),
      windowSeconds: Math.max(1, int('PUBLIC_API_RATE_WINDOW_SECONDS', 60)),
    },
    trustedProxies: envList(env.PUBLIC_API_TRUSTED_PROXIES),
    cache: {
      enabled: env.PUBLIC_API_CACHE !== 'false',
      maxEntries: Math.max(1, int('PUBLIC_API_CACHE_MAX_ENTRIES', 5000)),
      maxBytes: Math.max(1, int('PUBLIC_API_CACHE_MAX_MB', 128)) * 1024 * 1024,
      ttlSeconds: Math.max(1, int('PUBLIC_API_CACHE_TTL_SECONDS', 600)),
    },
    site: {
      url: siteUrl,
      articlePath: env.PUBLIC_SITE_ARTICLE_PATH || '/tin-bai/{slug}',
      name: env.PUBLIC_SITE_NAME || 'Sở Giáo dục và Đào tạo',
    },
  };
}
