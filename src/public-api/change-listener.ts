import { Client, type ClientConfig } from 'pg';
import type { Core } from '@strapi/strapi';
import type { ResponseCache } from './response-cache';

/** The PostgreSQL channel on which every process hears that public content changed. */
export const CHANGE_CHANNEL = 'public_api_changed';

/**
 * Listens on a dedicated PostgreSQL connection (LISTEN/NOTIFY) and empties this process's cache
 * when any process announces a change. A NOTIFY sent inside a transaction is delivered when it
 * commits, so listeners never drop their cache before the new content is visible.
 *
 * While the connection is down the cache is suspended (nothing is served from it or stored in it):
 * a missed notification must not leave stale content online.
 */
export class ChangeListener {
  private client?: Client;
  private retry?: NodeJS.Timeout;
  private delayMs = 500;
  private stopped = false;
  private connected = false;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly cache: ResponseCache
  ) {
    this.cache.suspend();
  }

  async start(): Promise<void> {
    if (this.stopped) return;
    const client = new Client(this.strapi.config.get('database.connection.connection') as ClientConfig);
    this.client = client;
    client.on('notification', () => this.cache.invalidate());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.client !== client || this.stopped) return;
    this.connected = true;
    this.delayMs = 500;
    this.cache.resume();
  }

  private lost(client: Client, error?: unknown): void {
    if (this.client !== client) return;
    this.client = undefined;
    client.removeAllListeners('end');
    client.end().catch(() => {});
    if (this.stopped) return;
    if (this.connected) {
      this.connected = false;
      this.cache.suspend();
    }
    this.strapi.log.warn(`public API: change listener lost its PostgreSQL connection (${String(error ?? 'closed')}); cache off until it is back`);
    this.retry = setTimeout(() => void this.start(), this.delayMs);
    this.delayMs = Math.min(this.delayMs * 2, 30_000);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => {});
    }
  }
}
