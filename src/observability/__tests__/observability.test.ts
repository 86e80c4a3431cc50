import type { Context } from 'koa';
import { metricsEndpoint } from '../metrics-endpoint';
import { requestIdOf } from '../request-context';
import { routeLabel } from '../http-metrics';
import { vietnamTimestamp } from '../log-format';

const fakeContext = (fields: Partial<Context> & { authorization?: string; _matchedRoute?: string }) => {
  const headers: Record<string, string> = {};
  return {
    path: '/',
    ...fields,
    get: (name: string) => (name === 'Authorization' ? (fields.authorization ?? '') : ''),
    set: (name: string, value: string) => (headers[name.toLowerCase()] = value),
    headers,
  } as unknown as Context & { headers: Record<string, string> };
};

describe('metricsEndpoint', () => {
  it('does not exist without METRICS_TOKEN', async () => {
    const ctx = fakeContext({ authorization: 'Bearer anything' });
    await metricsEndpoint(undefined)(ctx);
    expect(ctx.status).toBe(404);
  });

  it('refuses a missing, wrong or unprefixed token with 401, serves the right one', async () => {
    for (const authorization of ['', 'Bearer wrong', 'Bearer s3cret-tokenx', 's3cret-token', 'Basic s3cret-token']) {
      const ctx = fakeContext({ authorization });
      await metricsEndpoint('s3cret-token')(ctx);
      expect(ctx.status).toBe(401);
    }
    const ctx = fakeContext({ authorization: 'Bearer s3cret-token' });
    await metricsEndpoint('s3cret-token')(ctx);
    expect(ctx.status).not.toBe(401);
    expect(typeof ctx.body).toBe('string');
  });
});

describe('requestIdOf', () => {
  it('keeps a sane incoming id and replaces anything else', () => {
    expect(requestIdOf('4f1c2a9e-nginx')).toBe('4f1c2a9e-nginx');
    for (const bad of [undefined, '', 'a b', 'x\nforged line', 'x'.repeat(129), '"}']) expect(requestIdOf(bad)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('routeLabel', () => {
  it('names the matched route, a cached public answer by its pattern, anything else unmatched', () => {
    expect(routeLabel(fakeContext({ _matchedRoute: '/api/articles/by-slug/:slug' }), '/api')).toBe('/api/articles/by-slug/:slug');
    expect(routeLabel(fakeContext({ path: '/api/articles/by-slug/hoi-thi-gvdg' }), '/api')).toBe('/api/articles/by-slug/:slug');
    expect(routeLabel(fakeContext({ path: '/api/articles' }), '/api')).toBe('/api/articles');
    expect(routeLabel(fakeContext({ path: '/uploads/anh-123.jpg' }), '/api')).toBe('unmatched');
  });
});

describe('vietnamTimestamp', () => {
  it('writes the instant in Vietnam time with its offset', () => {
    expect(vietnamTimestamp(new Date('2026-12-02T17:30:05.123Z'))).toBe('2026-12-03T00:30:05.123+07:00');
  });
});
