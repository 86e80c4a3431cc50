import type { PublicResponse } from './public-response';
import { counter } from '../observability/registry';

/** Hits and misses of every cache in this process: their ratio is the hit ratio (/metrics). */
const lookups = counter('newsroom_public_cache_lookups_total', 'Lookups in the public API response cache, by result (hit, miss)', ['result']);

interface Entry {
  response: PublicResponse;
  expiresAt: number;
}

/**
 * The in-process cache of rendered public responses, keyed by URL, bounded in entries and bytes
 * (least recently used go first).
 *
 * Invalidation bumps `generation` and empties the cache. A response computed while a change was
 * being committed may hold the old content: it is stored only if no invalidation happened since
 * its computation began (`set(key, response, generationAtStart)`).
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private suspended = 0;
  generation = 0;

  constructor(
    private readonly limits: { enabled: boolean; maxEntries: number; maxBytes: number; ttlSeconds: number }
  ) {}

  get(key: string, now = Date.now()): PublicResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      lookups.inc({ result: 'miss' });
      return undefined;
    }
    if (entry.expiresAt <= now) {
      this.remove(key, entry);
      lookups.inc({ result: 'miss' });
      return undefined;
    }
    lookups.inc({ result: 'hit' });
    // Most recently used last: delete and set again.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.response;
  }

  set(key: string, response: PublicResponse, generation: number, now = Date.now()): boolean {
    if (!this.limits.enabled || this.suspended > 0 || generation !== this.generation) return false;
    const size = response.body.length + key.length;
    if (size > this.limits.maxBytes / 4) return false;
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    this.entries.set(key, { response, expiresAt: now + this.limits.ttlSeconds * 1000 });
    this.bytes += size;
    for (const [oldKey, oldEntry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.remove(oldKey, oldEntry);
    }
    return true;
  }

  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  /** Stop caching (e.g. while cross-process invalidation is down); `resume()` undoes one `suspend()`. */
  suspend(): void {
    this.suspended += 1;
    this.invalidate();
  }

  resume(): void {
    this.suspended = Math.max(0, this.suspended - 1);
    this.invalidate();
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.response.body.length + key.length;
  }
}
