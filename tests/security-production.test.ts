import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import { execFileSync, type ChildProcess } from 'child_process';
import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { TEST_ENV } from './harness/app-env';
import { freshDatabase } from './harness/fresh-database';
import { freePort } from './harness/free-port';
import { SERVE, startReadyProcess, stopProcess } from './harness/app-process';
import { PRODUCTION_SECRETS, productionSecretProblems, assertProductionSecrets } from '../src/production-secrets';
import { corsOptions, readCorsPolicy } from '../src/admin-security/cors-origins';
import { CSP_DIRECTIVES } from '../src/admin-security/content-security-policy';

const SITE = 'https://tintuc.sogddt.example.vn';
const ROOT = path.resolve(__dirname, '..');

/**
 * A production server serves the admin panel from its build (dist/build). CI builds it before the
 * tests; on a fresh clone this suite builds it once (about 2 minutes) rather than test a 404.
 */
function ensureAdminBuild(): void {
  if (fs.existsSync(path.join(ROOT, 'dist', 'build', 'index.html'))) return;
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'strapi'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
    stdio: 'ignore',
  });
}
const EVIL = 'https://evil.example';
const strong = () => crypto.randomBytes(24).toString('base64');
const strongSecrets = (): Record<string, string> => ({
  APP_KEYS: [strong(), strong(), strong(), strong()].join(','),
  ADMIN_JWT_SECRET: strong(),
  JWT_SECRET: strong(),
  API_TOKEN_SALT: strong(),
  TRANSFER_TOKEN_SALT: strong(),
  ENCRYPTION_KEY: strong(),
});

describe('production secrets (the check config/server.ts runs)', () => {
  const production = (env: Record<string, string | undefined>) => ({ NODE_ENV: 'production', ...strongSecrets(), ...env });

  it('accepts generated secrets, and checks nothing outside production', () => {
    expect(productionSecretProblems(production({}))).toEqual([]);
    expect(productionSecretProblems({ ...TEST_ENV, NODE_ENV: 'development' })).toEqual([]);
    expect(productionSecretProblems({ ...TEST_ENV })).toEqual([]); // the test environment itself
  });

  it.each([
    ['a missing value', undefined, /is missing/],
    ['an empty value', '', /is missing/],
    [".env.example's placeholder", 'replace-me', /placeholder/],
    ["Strapi's template value", 'toBeModified1', /placeholder/],
    ['"changeme"', 'changeme-please-0123456789', /placeholder/],
    ["the test environment's value", 'test-admin-jwt-secret', /placeholder/],
    ['a short value', 'a8Kd02', /shorter than 16/],
  ])('refuses %s, naming the variable', (_what, value, problem) => {
    for (const name of PRODUCTION_SECRETS) {
      const problems = productionSecretProblems(production({ [name]: value }));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${name} `));
      expect(problems[0]).toMatch(problem);
    }
  });

  it('checks each of the APP_KEYS, and throws with every variable to fix', () => {
    expect(productionSecretProblems(production({ APP_KEYS: `${strong()},replace-me-2` }))).toEqual([expect.stringMatching(/^APP_KEYS .*placeholder/)]);
    expect(productionSecretProblems(production({ APP_KEYS: `${strong()},` }))).toEqual([expect.stringMatching(/^APP_KEYS has an empty key/)]);
    expect(() => assertProductionSecrets({ ...TEST_ENV, NODE_ENV: 'production' })).toThrow(
      /APP_KEYS[\s\S]*ADMIN_JWT_SECRET[\s\S]*JWT_SECRET[\s\S]*API_TOKEN_SALT[\s\S]*TRANSFER_TOKEN_SALT[\s\S]*ENCRYPTION_KEY/
    );
  });
});

describe('CORS and CSP settings', () => {
  const ctx = (path: string) => ({ path });
  it('allows credentials to the configured origins only, PUBLIC_URL by default', () => {
    const byDefault = corsOptions(readCorsPolicy({ PUBLIC_URL: `${SITE}/` }), () => '/api');
    expect(byDefault.origin(ctx('/admin/access-token'))).toEqual([SITE]);
    expect(byDefault.credentials(ctx('/admin/access-token'))).toBe(true);
    const listed = corsOptions(readCorsPolicy({ PUBLIC_URL: SITE, CORS_ORIGINS: 'https://a.example, http://localhost:3000' }), () => '/api');
    expect(listed.origin(ctx('/admin/login'))).toEqual(['https://a.example', 'http://localhost:3000']);
    expect(corsOptions(readCorsPolicy({}), () => '/api').origin(ctx('/admin/login'))).toEqual([]);
  });

  it('lets any origin read the public API, without credentials, in any spelling of its prefix', () => {
    const options = corsOptions(readCorsPolicy({ PUBLIC_URL: SITE }), () => '/api');
    for (const path of ['/api/articles', '/API/topics', '/api']) {
      expect(options.origin(ctx(path))).toEqual(['*']);
      expect(options.credentials(ctx(path))).toBe(false);
    }
    expect(options.origin(ctx('/apiary'))).toEqual([SITE]);
  });

  it('runs no inline script', () => {
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'"]);
    expect(JSON.stringify(CSP_DIRECTIVES)).not.toContain('unsafe-inline');
  });
});

describe('a server in production mode', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let child: ChildProcess | undefined;
  let server: string;
  const envWith = (secrets: Record<string, string>, port: number): NodeJS.ProcessEnv => ({
    ...process.env,
    ...TEST_ENV,
    ...database.env,
    ...secrets,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: SITE,
    CORS_ORIGINS: '',
  });

  beforeAll(async () => {
    database = await freshDatabase({ prefix: 'newsroom_prod', postgresUrl: process.env.DATABASE_URL || '' });
  });

  afterAll(async () => {
    await stopProcess(child);
    await database?.drop();
  });

  it('refuses to start with the test secrets, naming each variable', async () => {
    const start = startReadyProcess(SERVE, [], { env: envWith({}, await freePort()), timeoutMs: 90_000, label: 'production with test secrets' });
    await expect(start).rejects.toThrow(/exited \(1\)[\s\S]*ADMIN_JWT_SECRET is a placeholder/);
  });

  it('refuses to start with a secret missing', async () => {
    const secrets = { ...strongSecrets(), ENCRYPTION_KEY: '' };
    const start = startReadyProcess(SERVE, [], { env: envWith(secrets, await freePort()), timeoutMs: 90_000, label: 'production without ENCRYPTION_KEY' });
    await expect(start).rejects.toThrow(/ENCRYPTION_KEY is missing/);
  });

  describe('started with real secrets', () => {
    beforeAll(async () => {
      ensureAdminBuild();
      const port = await freePort();
      child = await startReadyProcess(SERVE, [], { env: envWith(strongSecrets(), port), timeoutMs: 120_000, label: 'production' });
      server = `http://127.0.0.1:${port}`;
    }, 900_000);

    it('serves the admin with a CSP that runs no inline script, and no X-Powered-By', async () => {
      const res = await request(server).get('/admin/');
      expect(res.status).toBe(200);
      expect(res.text).toContain('<script type="module"');
      expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script in the page itself
      const csp = res.headers['content-security-policy'] as string;
      const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
      expect(scriptSrc).toBe("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect((await request(server).get('/api/topics')).headers['x-powered-by']).toBeUndefined();
    });

    it("answers the admin's token refresh and login with no CORS headers for a foreign origin", async () => {
      for (const path of ['/admin/access-token', '/admin/login', '/admin/renew-token']) {
        const preflight = await request(server).options(path).set('Origin', EVIL).set('Access-Control-Request-Method', 'POST');
        expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
        expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
        const res = await request(server).post(path).set('Origin', EVIL).send({});
        expect(res.headers['access-control-allow-origin']).toBeUndefined();
        expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      }
    });

    it('allows its own public address, with credentials', async () => {
      const preflight = await request(server).options('/admin/access-token').set('Origin', SITE).set('Access-Control-Request-Method', 'POST');
      expect(preflight.headers['access-control-allow-origin']).toBe(SITE);
      expect(preflight.headers['access-control-allow-credentials']).toBe('true');
    });

    it('lets any page read the public API, without credentials', async () => {
      const res = await request(server).get('/api/topics').set('Origin', EVIL);
      expect(res.status).toBe(200);
      expect(['*', EVIL]).toContain(res.headers['access-control-allow-origin']);
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    });
  });
});

describe('public self-registration', () => {
  let app: TestApp;
  const USERS = 'plugin::users-permissions.user';

  beforeAll(async () => {
    app = await startStrapi();
  }, 300_000);
  afterAll(() => app?.stop());

  const register = (path = '/api/auth/local/register') =>
    request(app.server).post(path).send({ username: 'khach', email: 'khach@example.vn', password: 'Khach@12345' });

  it('is closed: no JWT, no user, in any spelling of the route', async () => {
    for (const path of ['/api/auth/local/register', '/API/Auth/Local/Register/']) {
      const res = await register(path);
      expect({ path, status: res.status }).toEqual({ path, status: expect.any(Number) });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body.jwt).toBeUndefined();
    }
    expect(await app.strapi.db.query(USERS).count()).toBe(0);
  });

  it('stays closed after an administrator turns it back on: the next start closes it again', async () => {
    const store = app.strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
    expect(((await store.get({})) as { allow_register: boolean }).allow_register).toBe(false);
    await store.set({ value: { ...((await store.get({})) as object), allow_register: true } });
    // What bootstrap runs at every start (the running app's compiled module).
    const { grantPublicAccess } = require('../dist/src/public-access');
    await grantPublicAccess(app.strapi);
    expect(((await store.get({})) as { allow_register: boolean }).allow_register).toBe(false);
    expect((await register()).status).toBe(403);
    expect(await app.strapi.db.query(USERS).count()).toBe(0);
  });

  it('the public may still read units and topics', async () => {
    expect((await request(app.server).get('/api/units')).status).toBe(200);
    expect((await request(app.server).get('/api/topics')).status).toBe(200);
  });
});
