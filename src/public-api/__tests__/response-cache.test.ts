import { ResponseCache } from '../response-cache';
import { jsonResponse } from '../public-response';

const limits = { enabled: true, maxEntries: 2, maxBytes: 1_000_000, ttlSeconds: 60 };

describe('ResponseCache', () => {
  it('refuses a response computed before an invalidation', () => {
    const cache = new ResponseCache(limits);
    const started = cache.generation;
    cache.invalidate();
    expect(cache.set('/a', jsonResponse({ old: true }), started)).toBe(false);
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.set('/a', jsonResponse({ new: true }), cache.generation)).toBe(true);
    expect(cache.get('/a')).toBeDefined();
  });

  it('evicts the least recently used entry, and expires entries', () => {
    const cache = new ResponseCache(limits);
    cache.set('/a', jsonResponse(1), 0, 0);
    cache.set('/b', jsonResponse(2), 0, 0);
    cache.get('/a', 0);
    cache.set('/c', jsonResponse(3), 0, 0);
    expect([cache.get('/a', 0), cache.get('/b', 0), cache.get('/c', 0)].map(Boolean)).toEqual([true, false, true]);
    expect(cache.get('/a', 61_000)).toBeUndefined();
  });

  it('stores nothing while suspended', () => {
    const cache = new ResponseCache(limits);
    cache.suspend();
    expect(cache.set('/a', jsonResponse(1), cache.generation)).toBe(false);
    cache.resume();
    expect(cache.set('/a', jsonResponse(1), cache.generation)).toBe(true);
  });

  it('gives equal bytes equal strong ETags', () => {
    expect(jsonResponse({ a: 1 }).etag).toBe(jsonResponse({ a: 1 }).etag);
    expect(jsonResponse({ a: 1 }).etag).toMatch(/^"[\w-]{32}"$/);
  });
});
