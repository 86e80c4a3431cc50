import fs from 'fs';
import http from 'http';
import os from 'os';
import path from 'path';
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import type { AddressInfo } from 'net';
import { freePort } from './harness/free-port';
import { until } from './harness/until';
import { DEFAULT_MEDIA_RULES } from '../src/media/media-config';
import { CACHE_CONTROL } from '../src/public-api/public-response';

// deploy/: the nginx site and the systemd units (README "Triển khai nhiều tiến trình"). No Strapi:
// nginx runs in front of a small Node server that answers as the app does.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const local = require('../deploy/nginx/local') as {
  SITE: string;
  renderSite(options: { upstreamPorts: number[]; listenPort: number; cacheDir: string }): string;
  writeMainConf(dir: string, options?: { site?: string; foreground?: boolean }): string;
  testConf(conf: string): { ok: boolean; output: string };
  nginxInstalled(): boolean;
};

const repoDir = path.resolve(__dirname, '..');
const hasNginx = local.nginxInstalled();
const hasSystemdAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;
// eslint-disable-next-line no-console
if (!hasNginx) console.info('deploy-files: nginx is not installed (apt-get install nginx): the nginx checks are skipped.');
// eslint-disable-next-line no-console
if (!hasSystemdAnalyze) console.info('deploy-files: systemd-analyze is not installed: the unit check is skipped.');
const withNginx = hasNginx ? describe : describe.skip;
const withSystemd = hasSystemdAnalyze ? it : it.skip;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-files-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('deploy files', () => {
  it('lets through the largest upload the app accepts', () => {
    const site = fs.readFileSync(local.SITE, 'utf8');
    const [, size] = /client_max_body_size (\d+)m;/.exec(site) ?? [];
    expect(Number(size) * 1024 * 1024).toBeGreaterThan(DEFAULT_MEDIA_RULES.maxFileBytes);
    expect(Number(size) * 1024 * 1024).toBeLessThanOrEqual(DEFAULT_MEDIA_RULES.maxFileBytes * 1.1);
  });

  it('runs the same ports in the nginx upstream, the systemd target and the Procfile', () => {
    const ports = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => Number(m[1]));
    const read = (file: string) => fs.readFileSync(path.join(repoDir, 'deploy', file), 'utf8');
    const upstream = ports(read('nginx/sgddt-newsroom.conf'), /server 127\.0\.0\.1:(\d+)/g);
    expect(upstream).toHaveLength(3);
    expect(ports(read('systemd/sgddt-newsroom.target'), /sgddt-newsroom@(\d+)\.service/g)).toEqual(upstream);
    expect(ports(read('Procfile'), /PORT=(\d+)/g)).toEqual(upstream);
  });

  withSystemd('has systemd units that systemd-analyze verify reads without a complaint', () => {
    // An instance file (the template under its instance's name) is what systemd parses; the
    // target's Wants= of the other instances are not there, which verify accepts.
    const dir = path.join(tmp, 'units');
    fs.mkdirSync(dir);
    fs.copyFileSync(path.join(repoDir, 'deploy/systemd/sgddt-newsroom@.service'), path.join(dir, 'sgddt-newsroom@1337.service'));
    fs.copyFileSync(path.join(repoDir, 'deploy/systemd/sgddt-newsroom.target'), path.join(dir, 'sgddt-newsroom.target'));
    const result = spawnSync('systemd-analyze', ['verify', '--man=no', './sgddt-newsroom@1337.service', './sgddt-newsroom.target'], { cwd: dir, encoding: 'utf8' });
    expect({ status: result.status, output: `${result.stdout}${result.stderr}`.trim() }).toEqual({ status: 0, output: '' });
  });
});

withNginx('nginx site (deploy/nginx/sgddt-newsroom.conf) in front of an app', () => {
  let nginx: ChildProcess | undefined;
  let upstream: http.Server;
  let base: string;
  /** What the app saw: path, the forwarded headers, and how often. */
  const seen: Array<{ url: string; forwardedFor?: string; realIp?: string; proto?: string; requestId?: string }> = [];

  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      seen.push({
        url: req.url ?? '',
        forwardedFor: req.headers['x-forwarded-for'] as string | undefined,
        realIp: req.headers['x-real-ip'] as string | undefined,
        proto: req.headers['x-forwarded-proto'] as string | undefined,
        requestId: req.headers['x-request-id'] as string | undefined,
      });
      if (req.url?.startsWith('/api/articles')) {
        // As src/public-api/public-response.ts answers.
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': CACHE_CONTROL, ETag: '"abc"' });
        res.end(JSON.stringify({ data: [{ title: 'Tin'.repeat(500) }], n: seen.length }));
      } else if (req.url?.startsWith('/api/limited')) {
        res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '30' });
        res.end(JSON.stringify({ n: seen.length }));
      } else {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ n: seen.length }));
      }
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const appPort = (upstream.address() as AddressInfo).port;
    const listenPort = await freePort();
    const dir = path.join(tmp, 'nginx');
    fs.mkdirSync(dir, { recursive: true });
    const site = path.join(dir, 'site.conf');
    fs.writeFileSync(site, local.renderSite({ upstreamPorts: [appPort, appPort, appPort], listenPort, cacheDir: path.join(dir, 'cache') }));
    const conf = local.writeMainConf(dir, { site, foreground: true });
    const check = local.testConf(conf);
    expect(check.output).toContain('test is successful');
    nginx = spawn('nginx', ['-p', dir, '-c', conf], { stdio: 'ignore' });
    base = `http://127.0.0.1:${listenPort}`;
    await until(async () => (await fetch(`${base}/_health`).catch(() => undefined))?.status === 200, 'nginx to answer', { timeoutMs: 10_000, intervalMs: 50 });
  });

  afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      await new Promise<void>((resolve) => {
        nginx!.once('exit', () => resolve());
        nginx!.kill('SIGQUIT');
      });
    }
    await new Promise<void>((resolve) => upstream?.close(() => resolve()));
  });

  it('passes `nginx -t` as it is (the CI check)', () => {
    const { ok, output } = local.testConf(local.writeMainConf(path.join(tmp, 'as-is')));
    // As root the cache folder /var/lib/nginx/… is created; as anyone else nginx may not write there.
    if (process.getuid?.() === 0) expect({ ok, output }).toEqual({ ok: true, output: expect.stringContaining('test is successful') });
    else expect(output).toMatch(/test is successful|sgddt-newsroom-cache/);
  });

  it('caches the public API as the app says, and nothing sent with credentials', async () => {
    const get = (url: string, headers: Record<string, string> = {}) => fetch(`${base}${url}`, { headers });
    const first = await get('/api/articles?page=1');
    expect(first.headers.get('x-cache-status')).toBe('MISS');
    expect(first.headers.get('cache-control')).toBe(CACHE_CONTROL);
    const second = await get('/api/articles?page=1');
    expect(second.headers.get('x-cache-status')).toBe('HIT');
    expect(await second.json()).toEqual(await first.json());
    expect(seen.filter((s) => s.url === '/api/articles?page=1')).toHaveLength(1);

    const withToken = await get('/api/articles?page=1', { Authorization: 'Bearer x' });
    expect(withToken.headers.get('x-cache-status')).toBe('BYPASS');
    expect(seen.filter((s) => s.url === '/api/articles?page=1')).toHaveLength(2);

    // A refusal is never kept: the next request reaches the app again.
    await get('/api/limited');
    expect((await get('/api/limited')).status).toBe(429);
    expect(seen.filter((s) => s.url === '/api/limited')).toHaveLength(2);

    // The admin and the plugin's admin routes always reach the app.
    await get('/editorial-workflow/queue');
    await get('/editorial-workflow/queue');
    expect(seen.filter((s) => s.url === '/editorial-workflow/queue')).toHaveLength(2);
  });

  it('tells the app the client address, whatever X-Forwarded-For the client sends', async () => {
    await fetch(`${base}/admin/login-probe`, { headers: { 'X-Forwarded-For': '203.0.113.9' } });
    expect(seen.at(-1)).toEqual({ url: '/admin/login-probe', forwardedFor: '127.0.0.1', realIp: '127.0.0.1', proto: 'http', requestId: expect.stringMatching(/^[0-9a-f]{32}$/) });
  });

  it('compresses JSON', async () => {
    const res = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get(`${base}/api/articles?page=2`, { headers: { 'Accept-Encoding': 'gzip' } }, resolve).on('error', reject)
    );
    res.resume();
    expect(res.headers['content-encoding']).toBe('gzip');
  });
});
