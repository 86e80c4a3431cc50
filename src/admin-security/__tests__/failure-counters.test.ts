import { RateLimiterMemory } from 'rate-limiter-flexible';
import { failureCounter } from '../failure-counters';
import { adminAuthRouteOf } from '../auth-routes';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('failure counter', () => {
  const counter = (max = 3, blockSeconds = 1) => failureCounter(new RateLimiterMemory({ points: max, duration: 60 }), max, blockSeconds);

  it('reserves attempts up to the limit, gives back the ones that succeed, and blocks once the failures reach it', async () => {
    const c = counter();
    for (let i = 0; i < 10; i += 1) {
      expect((await c.reserve('a')).allowed).toBe(true);
      await c.release('a'); // successes never add up
    }
    for (let i = 0; i < 3; i += 1) {
      expect((await c.reserve('a')).allowed).toBe(true);
      expect(await c.blockIfReached('a')).toBe(i === 2); // true once: when this failure reached the limit
    }
    const refused = await c.reserve('a');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect((await c.reserve('b')).allowed).toBe(true); // another key
    await sleep(1100);
    expect((await c.reserve('a')).allowed).toBe(true); // the block is over
  });

  it('counts a burst sent at once as the attempts it holds', async () => {
    const c = counter();
    const results = await Promise.all(Array.from({ length: 6 }, () => c.reserve('burst')));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });

  it('locks an account at its limit, tells once, and forgets after a success', async () => {
    const c = counter();
    expect(await c.fail('x')).toBe(false);
    await c.forget('x');
    expect(await c.fail('x')).toBe(false);
    expect(await c.fail('x')).toBe(false);
    expect((await c.blocked('x')).blocked).toBe(false);
    expect(await c.fail('x')).toBe(true);
    expect(await c.blocked('x')).toEqual({ blocked: true, retryAfterSeconds: 1 });
    expect(await c.fail('x')).toBe(false); // already locked: not told again
    await sleep(1100);
    expect((await c.blocked('x')).blocked).toBe(false);
  });
});

describe('admin sign-in routes', () => {
  it('recognises the routes in every spelling the router accepts', () => {
    expect(adminAuthRouteOf('POST', '/admin/login')).toBe('login');
    expect(adminAuthRouteOf('POST', '/ADMIN/Login/')).toBe('login');
    expect(adminAuthRouteOf('POST', '/admin//%6Cogin')).toBe('login');
    expect(adminAuthRouteOf('POST', '/admin/forgot-password')).toBe('forgot-password');
    expect(adminAuthRouteOf('POST', '/admin/reset-password')).toBe('reset-password');
    expect(adminAuthRouteOf('POST', '/admin/register-admin')).toBe('register-admin');
    expect(adminAuthRouteOf('GET', '/admin/login')).toBeUndefined();
    expect(adminAuthRouteOf('POST', '/admin/access-token')).toBeUndefined();
    expect(adminAuthRouteOf('POST', '/api/auth/local')).toBeUndefined();
    expect(adminAuthRouteOf('POST', '/dashboard/login', '/dashboard')).toBe('login');
  });
});
