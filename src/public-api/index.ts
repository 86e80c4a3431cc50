import type { Core, Modules } from '@strapi/strapi';
import { ChangeListener } from './change-listener';
import { clientAddressResolver } from './client-address';
import { readPublicApiConfig, type PublicApiConfig } from './config';
import { publicEndpoints, type PublicEndpoints } from './endpoints';
import { publicApiFrontDoor } from './front-door';
import { changeAnnouncer, publicContentMiddleware, watchUploadFiles, type ChangeAnnouncer } from './invalidation';
import { RateLimiter, type ClientRateLimit } from './rate-limiter';
import { SharedRateLimiter } from './shared-rate-limiter';
import { sharedRedis } from '../shared-state/redis';
import { ResponseCache } from './response-cache';
import { watchPublishedRowUpdates } from './published-row-watch';
import { reconcileSearchIndex } from './search-entries';
import { createSearchIndex } from './search-schema';
import { publicTables, type PublicTables } from './tables';
import { watchItemChannels } from './item-channel-watch';

/**
 * The public API of the department website: published content only, searchable, cached in
 * process and invalidated on every change (across processes on PostgreSQL), rate-limited.
 */
export interface PublicApi {
  config: PublicApiConfig;
  cache: ResponseCache;
  endpoints: PublicEndpoints;
  tables?: PublicTables;
  listener?: ChangeListener;
  /** Keeps the search index and the caches in step with every write (invalidation.ts). */
  contentMiddleware: Modules.Documents.Middleware.Middleware;
  /** Drops the cached responses here and in the other processes: for public data written outside the Document Service (the portal's feed). */
  announcer: ChangeAnnouncer;
}

const instances = new WeakMap<Core.Strapi, PublicApi>();

export function publicApiOf(strapi: Core.Strapi): PublicApi {
  const api = instances.get(strapi);
  if (!api) throw new Error('public API: registerPublicApi() was not called');
  return api;
}

/**
 * Public data changed outside the Document Service (a portal feed entry written by the channels'
 * relay): the cached responses go, here and in the other processes. Nothing to do where the public
 * API is not registered (a script that loads Strapi without it).
 */
export async function announcePublicChange(strapi: Core.Strapi): Promise<void> {
  await instances.get(strapi)?.announcer.announce();
}

/** Shared through Redis when REDIS_URL is set, else this process's own token bucket; none when the limit is 0. */
function rateLimitOf(strapi: Core.Strapi, config: PublicApiConfig): ClientRateLimit | undefined {
  const { max, windowSeconds } = config.rateLimit;
  if (max <= 0) return undefined;
  const redis = sharedRedis(strapi);
  return redis ? new SharedRateLimiter(redis, max, windowSeconds) : new RateLimiter(max, windowSeconds);
}

/** In register(): the front-door middleware (ahead of Strapi's stack) and the Document Service middleware to register. */
export function registerPublicApi(strapi: Core.Strapi): void {
  const config = readPublicApiConfig(strapi);
  const cache = new ResponseCache(config.cache);
  const tables = () => {
    if (!api.tables) throw new Error('public API: used before bootstrap');
    return api.tables;
  };
  const usesPostgres = strapi.config.get<string>('database.connection.client') === 'postgres';
  const announcer = changeAnnouncer(strapi, cache, usesPostgres);
  const api: PublicApi = {
    config,
    cache,
    endpoints: publicEndpoints(strapi, config, tables),
    // Registered in its place among the other Document Service middlewares (src/document-middlewares.ts).
    contentMiddleware: publicContentMiddleware(strapi, announcer, () => api.tables),
    announcer,
  };
  instances.set(strapi, api);

  strapi.server.use(
    publicApiFrontDoor({
      config,
      cache,
      limiter: rateLimitOf(strapi, config),
      clientAddress: clientAddressResolver(config.trustedProxies),
    })
  );
  watchUploadFiles(strapi, announcer);
  watchPublishedRowUpdates(strapi, announcer, () => api.tables);
  watchItemChannels(strapi, announcer);
}

/** In bootstrap(): the search index (created, then caught up with the published rows) and, on PostgreSQL, the change listener. */
export async function bootstrapPublicApi(strapi: Core.Strapi): Promise<void> {
  const api = publicApiOf(strapi);
  const tables = publicTables(strapi);
  const sql = strapi.db.connection;
  if (tables.client === 'postgres') {
    // Several processes may start at once: one creates the tables and indexes, the others wait.
    await sql.transaction(async (trx) => {
      await trx.raw('SELECT pg_advisory_xact_lock(?)', [0x5ddd7a91]);
      await createSearchIndex(trx as unknown as typeof sql, tables);
    });
  } else {
    await createSearchIndex(sql, tables);
  }
  api.tables = tables;
  const indexed = await reconcileSearchIndex(sql, tables);
  if (indexed > 0) strapi.log.info(`public API: indexed ${indexed} published items for search`);

  if (tables.client === 'postgres') {
    api.listener = new ChangeListener(strapi, api.cache);
    await api.listener.start();
  }
}

export async function destroyPublicApi(strapi: Core.Strapi): Promise<void> {
  await instances.get(strapi)?.listener?.stop();
}
