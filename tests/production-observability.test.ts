import crypto from 'crypto';
import type { ChildProcess } from 'child_process';
import request from 'supertest';
import { startStrapi, type TestApp } from './harness/strapi';
import { createDraft } from './harness/http';
import { act, newsroomDesk, publishThroughWorkflow, type Desk } from './harness/workflow';
import { freePort } from './harness/free-port';
import { SERVE, startReadyProcess, stopProcess } from './harness/app-process';
import { freshDatabase, postgresServer, type FreshDatabase } from './harness/fresh-database';
import { until } from './harness/until';
import { seedReference, unitIdsByCode } from '../src/seed/reference';
import { TOPIC, UNIT } from '../src/plugins/editorial-workflow/shared/uids';
import { getService } from '../src/plugins/editorial-workflow/server/src/get-service';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startS3 } = require('./harness/s3') as typeof import('./harness/s3');

/**
 * Operations (issue 21): /readyz, /metrics behind METRICS_TOKEN, JSON logs with the request id, and
 * the public rate limit shared by the processes through Redis.
 *
 * The in-process app serves the readiness and metrics checks on both databases, with its uploads in a
 * local S3 server (tests/harness/s3.js) so that /readyz checks the bucket too. A child process
 * (tests/harness/serve.js) started with LOG_FORMAT=json gives the log lines to read and, without
 * METRICS_TOKEN, the 404 of /metrics. On PostgreSQL two such children share the suite's database and
 * the Redis at REDIS_TEST_URL (default 127.0.0.1:6379, keys under a prefix of this run): a client
 * alternating between them is limited at the configured max in total. Last, the database is dropped
 * (DROP DATABASE … WITH (FORCE): its connections are cut and it is gone, while the server stays up
 * for the other suites), and /readyz answers 503 naming the database, in the children and here.
 */
const onPostgres = Boolean(process.env.DATABASE_URL);
const itOnPostgres = onPostgres ? it : it.skip;
if (!onPostgres) {
  // eslint-disable-next-line no-console
  console.info('production-observability: the shared rate limit and the database-down check are skipped on SQLite (one process; a SQLite file cannot be made unreachable to an open process); run with DATABASE_URL.');
}

const TOKEN = crypto.randomBytes(18).toString('base64url');
const REDIS_URL = process.env.REDIS_TEST_URL || 'redis://127.0.0.1:6379';
const RATE_LIMIT = 12;

/** A child's stdout, line by line, kept to be searched. */
function collectLines(child: ChildProcess): string[] {
  const lines: string[] = [];
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString('utf8')).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  });
  return lines;
}

describe('operations: /readyz, /metrics, JSON logs with request ids, the shared public rate limit', () => {
  let app: TestApp;
  let desk: Desk;
  let unit: string;
  let topic: string;
  const saved: Record<string, string | undefined> = { METRICS_TOKEN: process.env.METRICS_TOKEN };
  let s3: Awaited<ReturnType<typeof startS3>> | undefined;
  const children: ChildProcess[] = [];
  const servers: string[] = [];
  const logs: string[][] = [];
  let childDatabase: FreshDatabase | undefined;

  /** A Strapi of its own, logging JSON at http level, without METRICS_TOKEN; on PostgreSQL with Redis. */
  async function startChild(databaseEnv: Record<string, string>, redisPrefix: string): Promise<void> {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...databaseEnv,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'http',
      PUBLIC_API_RATE_LIMIT: String(RATE_LIMIT),
      PUBLIC_API_RATE_WINDOW_SECONDS: '300',
      // The client address comes from X-Forwarded-For: each test is a client of its own.
      PUBLIC_API_TRUSTED_PROXIES: '127.0.0.1',
      READYZ_TIMEOUT_MS: '1500',
      ...(onPostgres ? { REDIS_URL, REDIS_KEY_PREFIX: redisPrefix } : {}),
    };
    delete env.METRICS_TOKEN;
    const child = await startReadyProcess(SERVE, [], { env, timeoutMs: 120_000, label: `Strapi on port ${port}` });
    children.push(child);
    logs.push(collectLines(child));
    servers.push(`http://127.0.0.1:${port}`);
  }

  beforeAll(async () => {
    s3 = await startS3({ bucket: 'newsroom-readyz' });
    for (const [key, value] of Object.entries(s3.env)) {
      saved[key] = process.env[key];
      process.env[key] = value;
    }
    process.env.METRICS_TOKEN = TOKEN;
    app = await startStrapi();
    await seedReference(app.strapi);
    await app.strapi.documents(UNIT).create({ data: { code: 'XA-A', name: 'Phòng VH-XH xã A', kind: 'commune-culture', active: true } });
    unit = (await unitIdsByCode(app.strapi, ['XA-A'])).get('XA-A')!;
    topic = (await app.strapi.db.query(TOPIC).findOne({ where: { code: 'III.2' } })).documentId;
    desk = await newsroomDesk(app);

    // On PostgreSQL the children share the suite's database (its schema is made); SQLite has one
    // writer per file, so its child gets a database of its own.
    const redisPrefix = `newsroom-test-${process.pid}-${crypto.randomBytes(4).toString('hex')}:`;
    if (onPostgres) {
      const databaseEnv = { DATABASE_URL: process.env.DATABASE_URL! };
      await Promise.all([startChild(databaseEnv, redisPrefix), startChild(databaseEnv, redisPrefix)]);
    } else {
      childDatabase = await freshDatabase({ prefix: 'newsroom_test', postgresUrl: '' });
      await startChild(childDatabase.env, redisPrefix);
    }
  }, 240_000);

  afterAll(async () => {
    await Promise.all(children.map((child) => stopProcess(child)));
    await app?.stop();
    await childDatabase?.drop();
    await s3?.stop();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  const scrape = (token?: string) => {
    const req = request(app.server).get('/metrics');
    return token === undefined ? req : req.set('Authorization', `Bearer ${token}`);
  };

  it('answers /readyz 200 with each check, beside /_health', async () => {
    const res = await request(app.server).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.checks.database.status).toBe('ok');
    expect(res.body.checks.storage.status).toBe('ok');
    expect(res.headers['cache-control']).toBe('no-store');
    expect((await request(app.server).get('/_health')).status).toBe(204);

    const child = await request(servers[0]).get('/readyz');
    expect(child.status).toBe(200);
    if (onPostgres) expect(child.body.checks.redis.status).toBe('ok');
  });

  it('keeps /metrics behind the token: 401 without or with a wrong one, 404 where METRICS_TOKEN is not set', async () => {
    const missing = await scrape();
    expect(missing.status).toBe(401);
    expect(missing.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(missing.body.error.message).toMatch(/mã truy cập/);
    expect((await scrape(`${TOKEN}x`)).status).toBe(401);
    expect((await scrape(TOKEN.slice(0, -1))).status).toBe(401);
    expect((await request(app.server).get('/metrics').set('Authorization', TOKEN)).status).toBe(401);
    expect(missing.text).not.toMatch(/newsroom_|process_cpu/);

    const unconfigured = await request(servers[0]).get('/metrics').set('Authorization', `Bearer ${TOKEN}`);
    expect(unconfigured.status).toBe(404);
  });

  it('gives the figures after a transition, a publication, a public request and a job run', async () => {
    const draft = await createDraft(app, desk.author, { title: 'Hội thi giáo viên dạy giỏi cấp tỉnh', unit, topic });
    await publishThroughWorkflow(app, desk, draft.documentId);
    // A refused transition is counted by its outcome: the item is published, it cannot be submitted.
    await expect(act(app, desk.author, draft.documentId, 'submit')).rejects.toThrow(/409/);
    await request(app.server).get('/api/articles').expect(200);
    expect((await request(app.server).get('/api/articles')).headers['x-public-cache']).toBe('hit');
    await request(app.server).get('/api/articles/by-slug/khong-co-tin-nay');
    await getService(app.strapi, 'workflow').publishDue();
    await getService(app.strapi, 'mail-outbox').deliverDue();
    await getService(app.strapi, 'reminders').monthlyReport({ now: new Date('2026-12-15T01:00:00Z') });

    const res = await scrape(TOKEN);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.text;
    const value = (series: string) => {
      const line = text.split('\n').find((row) => row.startsWith(`${series} `));
      return line === undefined ? undefined : Number(line.slice(series.length + 1));
    };
    expect(value('newsroom_workflow_transitions_total{action="submit",outcome="ok"}')).toBeGreaterThanOrEqual(1);
    expect(value('newsroom_workflow_transitions_total{action="publish",outcome="ok"}')).toBeGreaterThanOrEqual(1);
    expect(value('newsroom_workflow_transitions_total{action="submit",outcome="conflict"}')).toBeGreaterThanOrEqual(1);
    expect(value('newsroom_publish_duration_seconds_count{trigger="desk"}')).toBeGreaterThanOrEqual(1);
    expect(value('newsroom_public_cache_lookups_total{result="hit"}')).toBeGreaterThanOrEqual(1);
    expect(value('newsroom_public_cache_lookups_total{result="miss"}')).toBeGreaterThanOrEqual(1);
    expect(value('newsroom_job_runs_total{job="scheduled-publish",outcome="done"}')).toBeGreaterThanOrEqual(1);
    expect(value('newsroom_job_runs_total{job="report-reminder",outcome="done"}')).toBe(1);
    expect(value('newsroom_job_runs_total{job="mail-retry",outcome="done"}')).toBeGreaterThanOrEqual(1);
    expect(value('newsroom_mail_backlog{status="pending"}')).toBeGreaterThanOrEqual(0);
    expect(value('newsroom_mail_backlog{status="failed"}')).toBe(0);
    expect(value('newsroom_outbox_backlog{outbox="mail"}')).toBeGreaterThanOrEqual(0);
    expect(value('newsroom_outbox_oldest_pending_seconds{outbox="mail"}')).toBeGreaterThanOrEqual(0);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    // Latency by route pattern: the slug is never a label, and a cached answer counts under its route.
    expect(value('newsroom_http_request_duration_seconds_count{method="GET",route="/api/articles",status="200"}')).toBeGreaterThanOrEqual(2);
    expect(text).toContain('route="/api/articles/by-slug/:slug"');
    expect(text).toContain('route="/editorial-workflow/items/:documentId/transitions"');
    expect(text).not.toContain('khong-co-tin-nay');
    expect(text).not.toContain(draft.documentId);
  });

  it('gives every request an id, echoed in X-Request-Id, and keeps a sane incoming one', async () => {
    const fresh = await request(app.server).get('/api/topics');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect((await request(app.server).get('/api/topics').set('X-Request-Id', 'nginx-7f3a.42')).headers['x-request-id']).toBe('nginx-7f3a.42');
    const forged = await request(app.server).get('/api/topics').set('X-Request-Id', 'a"} injected\tline');
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs JSON lines (LOG_FORMAT=json) carrying the request id of the response', async () => {
    const res = await request(servers[0]).get('/api/units');
    const id = res.headers['x-request-id'];
    expect(id).toBeTruthy();
    const entries = () =>
      logs[0].flatMap((line) => {
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
    await until(async () => entries().some((entry) => entry.requestId === id), 'the request line in the JSON log', { timeoutMs: 3000, intervalMs: 50 });
    const line = entries().find((entry) => entry.requestId === id)!;
    expect(line).toMatchObject({ level: 'http', requestId: id });
    expect(String(line.message)).toContain('GET /api/units');
    // Vietnam time, with its offset.
    expect(String(line.timestamp)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+07:00$/);
  });

  it('answers /readyz 503 naming the object storage once it stops answering', async () => {
    await s3!.stop();
    s3 = undefined;
    const res = await request(app.server).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body.failed).toEqual(['storage']);
    expect(res.body.checks.database.status).toBe('ok');
    expect(res.body.message).toBe('Máy chủ chưa sẵn sàng: kho lưu trữ tệp (S3) không hoạt động.');
  });

  itOnPostgres(`shares the public rate limit through Redis: a client alternating between two processes gets ${RATE_LIMIT} requests in all`, async () => {
    const asClient = (server: string) => request(server).get('/api/topics').set('X-Forwarded-For', '203.0.113.50');
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT * 2 + 4; i += 1) statuses.push((await asClient(servers[i % 2])).status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(RATE_LIMIT);
    expect(statuses.slice(0, RATE_LIMIT).every((status) => status === 200)).toBe(true);
    expect(statuses.slice(RATE_LIMIT).every((status) => status === 429)).toBe(true);
    const refused = await asClient(servers[1]);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.body.error.message).toMatch(/Quá nhiều yêu cầu/);
    // Another client is not limited.
    expect((await request(servers[0]).get('/api/topics').set('X-Forwarded-For', '203.0.113.51')).status).toBe(200);
  });

  itOnPostgres('answers /readyz 503 naming the database once the database is gone', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    const name = decodeURIComponent(url.pathname.slice(1));
    const server = postgresServer(Object.assign(new URL(url.toString()), { pathname: '/postgres' }).toString());
    await server.drop(name);

    for (const target of [servers[0], servers[1], app.server]) {
      const res = await request(target).get('/readyz');
      expect(res.status).toBe(503);
      expect(res.body.status).toBe('error');
      expect(res.body.failed).toContain('database');
      expect(res.body.checks.database.status).toBe('error');
      expect(res.body.message).toContain('cơ sở dữ liệu');
      // The cause (a database name, a host) stays in the log.
      expect(JSON.stringify(res.body)).not.toContain(name);
    }
    if (servers.length > 0) expect((await request(servers[0]).get('/readyz')).body.checks.redis.status).toBe('ok');
  });
});
