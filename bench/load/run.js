#!/usr/bin/env node
// npm run bench:load — the mixed load test (README "Triển khai nhiều tiến trình", issue 21):
// three `strapi start` processes in production mode behind nginx (deploy/nginx/sgddt-newsroom.conf
// on free ports), on a fresh PostgreSQL database, with Redis when one answers at REDIS_URL. The desk
// (LOAD_DESK_USERS people: authors saving and submitting, editors forwarding, heads approving,
// publishers publishing, everyone reading queues, home and statistics) works through the admin's
// own HTTP API while the public API gets LOAD_PUBLIC_RPS requests a second (lists, by-slug, search,
// feed). When public p95 misses 50 ms at that rate, the rate is halved and measured again (at most
// LOAD_STEPS times) and the highest rate that holds is reported.
//   LOAD_SECONDS=60 LOAD_DESK_USERS=200 LOAD_PUBLIC_RPS=2000 npm run bench:load
// Needs `npm run build` (dist/ with the admin panel), nginx, PostgreSQL at DATABASE_URL.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync, fork } = require('child_process');
const { freshDatabase } = require('../../tests/harness/fresh-database');
const { freePort } = require('../../tests/harness/free-port');
const { BENCH_ENV, TEST_ENV } = require('../../tests/harness/app-env');
const { stopProcess } = require('../../tests/harness/app-process');
const nginxLocal = require('../../deploy/nginx/local');
const { keepAliveAgent, send, summary } = require('./http-client');

const repoDir = path.resolve(__dirname, '..', '..');
const SECONDS = Number(process.env.LOAD_SECONDS || 60);
const DESK_USERS = Number(process.env.LOAD_DESK_USERS || 200);
const PUBLIC_RPS = Number(process.env.LOAD_PUBLIC_RPS || 2000);
const STEP_SECONDS = Number(process.env.LOAD_STEP_SECONDS || 15);
const STEPS = Number(process.env.LOAD_STEPS || 3);
/** Mean pause of a desk user between two actions (reading, typing), ±50 %. */
const THINK_MS = Number(process.env.LOAD_THINK_MS || 4000);
const PROCESSES = 3;
const PG_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const TARGETS = { deskP95: 300, publicP95: 50, publicRps: 2000 };

const started = Date.now();
const log = (line) => process.stdout.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const loadavg = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');

async function redisAvailable() {
  const Redis = require('ioredis');
  const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function dropRedisKeys(prefix) {
  const Redis = require('ioredis');
  const client = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length) await client.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}

/** `strapi start` on `port`, its output in `logFile`; resolves once /_health answers. */
async function startServer(port, env, logFile) {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [path.join(repoDir, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
    cwd: repoDir,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', out, out],
  });
  const base = new URL(`http://127.0.0.1:${port}`);
  const agent = keepAliveAgent(1);
  for (const deadline = Date.now() + 180_000; Date.now() < deadline; await sleep(250)) {
    if (child.exitCode !== null) throw new Error(`strapi start on ${port} exited (${child.exitCode}); see ${logFile}`);
    const res = await send({ base, agent, path: '/_health' });
    if (res.status > 0 && res.status < 500) {
      agent.destroy();
      return child;
    }
  }
  child.kill('SIGKILL');
  throw new Error(`strapi start on ${port} did not answer /_health within 180 s; see ${logFile}`);
}

/** The desk: one async loop per person, until `deadline()`; samples per operation. */
function createDesk({ base, setup, tokens }) {
  const agent = keepAliveAgent(64);
  const ops = {};
  const failures = [];
  /** Items someone is acting on or has acted on: two people never take the same step (no 409s). */
  const claimed = new Set();
  /** Desk samples by public phase: how the desk fares at each public rate. */
  const phase = { current: '' };
  const byPhase = {};
  const timed = async (op, request) => {
    const t = performance.now();
    const res = await send({ base, agent, ...request });
    const ms = performance.now() - t;
    const o = (ops[op] ||= { samples: [], errors: 0 });
    o.samples.push(ms);
    (byPhase[phase.current] ||= []).push(ms);
    if (res.status < 200 || res.status >= 300) {
      o.errors += 1;
      if (failures.length < 20) failures.push(`${op} ${request.method || 'GET'} ${request.path}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    }
    return res;
  };
  const CM = '/content-manager/collection-types/api::article.article';
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const monthStart = `${today.slice(0, 8)}01`;
  const reads = [
    ['queue', () => ({ path: '/editorial-workflow/queue?page=1&pageSize=20' })],
    ['queue counts', () => ({ path: '/editorial-workflow/queue/counts' })],
    ['home', () => ({ path: '/editorial-workflow/home' })],
    ['stats compliance', () => ({ path: `/editorial-workflow/stats/compliance?from=${monthStart}&to=${today}&granularity=month` })],
    ['notifications', () => ({ path: '/editorial-workflow/notifications?page=1&pageSize=10' })],
  ];
  const STEP_OF = { editor: ['in_review', 'forward'], head: ['awaiting_approval', 'approve'], publisher: ['approved', 'publish'] };
  let serial = 0;

  async function authorAction(account, token, drafts) {
    const r = Math.random();
    if (r < 0.25 || (r < 0.6 && drafts.length === 0)) {
      const res = await timed('author save (create)', {
        method: 'POST', path: CM, token,
        body: { title: `Tin tải thử ${account.id}-${(serial += 1)}: hội nghị chuyên môn`, kind: 'news', summary: 'Bản nháp của phép thử tải.', unit: { connect: [{ documentId: setup.unitDocs[account.unit] }], disconnect: [] }, topics: { connect: [{ documentId: setup.topic }], disconnect: [] } },
      });
      if (res.status === 201) drafts.push(res.body.data.documentId);
    } else if (r < 0.4) {
      const documentId = drafts[drafts.length - 1];
      await timed('author save (update)', { method: 'PUT', path: `${CM}/${documentId}`, token, body: { summary: `Sửa lúc ${new Date().toISOString()}` } });
    } else if (r < 0.6) {
      const documentId = drafts.shift();
      const item = await timed('item read', { path: `/editorial-workflow/items/${documentId}`, token });
      if (item.status === 200) await timed('submit', { method: 'POST', path: `/editorial-workflow/items/${documentId}/transitions`, token, body: { action: 'submit', expectedVersion: item.body.data.version } });
    } else if (r < 0.7) {
      await timed('unit items', { path: '/editorial-workflow/queue/unit-items?page=1&pageSize=20', token });
    } else {
      const [op, request] = reads[Math.floor(Math.random() * reads.length)];
      await timed(op, { ...request(), token });
    }
  }

  async function reviewerAction(account, token) {
    if (Math.random() < 0.55) {
      const [state, action] = STEP_OF[account.role];
      const queue = await timed('queue', { path: `/editorial-workflow/queue?state=${state}&page=1&pageSize=20`, token });
      const row = queue.status === 200 ? queue.body.data.find((r) => !claimed.has(r.documentId) && r.allowedActions.includes(action)) : undefined;
      if (!row) return;
      claimed.add(row.documentId);
      await timed(action, { method: 'POST', path: `/editorial-workflow/items/${row.documentId}/transitions`, token, body: { action, expectedVersion: row.version } });
    } else {
      const [op, request] = reads[Math.floor(Math.random() * reads.length)];
      await timed(op, { ...request(), token });
    }
  }

  async function person(account, token, deadline) {
    const drafts = [];
    // Spread the first actions over one think time, as people who are already at work.
    await sleep(Math.random() * THINK_MS);
    while (Date.now() < deadline()) {
      try {
        if (account.role === 'author') await authorAction(account, token, drafts);
        else await reviewerAction(account, token);
      } catch (error) {
        // An answer of an unexpected shape: counted as an error, the person carries on.
        const o = (ops['unexpected answer'] ||= { samples: [], errors: 0 });
        o.errors += 1;
        if (failures.length < 20) failures.push(`${account.email}: ${error}`);
      }
      await sleep(THINK_MS * (0.5 + Math.random()));
    }
  }

  return {
    run: (deadline) => Promise.all(setup.accounts.map((account) => person(account, tokens.get(account.email), deadline))),
    ops,
    failures,
    phase,
    byPhase,
    close: () => agent.destroy(),
  };
}

function runPublic({ base, rps, seconds, slugs }) {
  const child = fork(path.join(__dirname, 'public.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const terms = ['hội nghị', 'hoc sinh gioi', 'chuyển đổi số', 'bơi', 'tiếng Việt', 'nhà giáo'];
  return new Promise((resolve, reject) => {
    child.once('message', (message) => {
      child.kill();
      if (message.error) reject(new Error(message.error));
      else resolve(message.result);
    });
    child.once('exit', (code) => code && reject(new Error(`public.js exited with ${code}`)));
    child.send({ base, rps, seconds, slugs, terms });
  });
}

const f = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

async function main() {
  if (!nginxLocal.nginxInstalled()) throw new Error('nginx is not installed (apt-get install -y nginx)');
  if (!fs.existsSync(path.join(repoDir, 'dist', 'build', 'index.html'))) throw new Error('dist/build is missing: run `npm run build` first');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-load-'));
  log(`work folder ${workDir}; load average ${loadavg()} on ${os.cpus().length} CPUs`);
  const db = await freshDatabase({ prefix: 'newsroom_load', postgresUrl: PG_URL });
  const useRedis = await redisAvailable();
  const redisPrefix = `bench-load-${process.pid}:`;
  const children = [];
  let nginx;
  let finished = false;
  try {
    log(`${db.label}; Redis ${useRedis ? `${REDIS_URL} (keys ${redisPrefix}*)` : 'not answering: each process keeps its own counts'}`);
    const setupFile = path.join(workDir, 'setup.json');
    const setupRun = spawnSync(process.execPath, [path.join(__dirname, 'setup.js'), setupFile], {
      cwd: repoDir,
      env: { ...process.env, ...TEST_ENV, ...db.env, NODE_ENV: 'development', LOAD_DESK_USERS: String(DESK_USERS) },
      stdio: 'inherit',
    });
    if (setupRun.status !== 0) throw new Error(`setup failed (${setupRun.status})`);
    const setup = JSON.parse(fs.readFileSync(setupFile, 'utf8'));

    const ports = await Promise.all(Array.from({ length: PROCESSES }, () => freePort()));
    const env = {
      ...process.env,
      ...BENCH_ENV,
      ...db.env,
      LOG_LEVEL: 'warn',
      PROXY_ENABLED: 'true',
      PUBLIC_API_TRUSTED_PROXIES: '127.0.0.1,::1',
      // One client machine sends all the public traffic: the limit stays on (through Redis) but high.
      PUBLIC_API_RATE_LIMIT: '100000000',
      ...(useRedis ? { REDIS_URL, REDIS_KEY_PREFIX: redisPrefix } : { REDIS_URL: '' }),
    };
    log(`starting ${PROCESSES} × strapi start (production) on ports ${ports.join(', ')}…`);
    children.push(...(await Promise.all(ports.map((port, i) => startServer(port, env, path.join(workDir, `strapi-${i + 1}.log`))))));

    const listenPort = await freePort();
    const site = path.join(workDir, 'nginx', 'site.conf');
    fs.mkdirSync(path.dirname(site), { recursive: true });
    fs.writeFileSync(site, nginxLocal.renderSite({ upstreamPorts: ports, listenPort, cacheDir: path.join(workDir, 'nginx', 'cache') }));
    const conf = nginxLocal.writeMainConf(path.join(workDir, 'nginx'), { site, foreground: true, workers: 1 });
    const check = nginxLocal.testConf(conf);
    if (!check.ok) throw new Error(check.output);
    nginx = spawn('nginx', ['-p', path.dirname(conf), '-c', conf], { stdio: 'ignore' });
    const base = `http://127.0.0.1:${listenPort}`;
    const baseUrl = new URL(base);
    for (let i = 0; i < 100; i += 1) {
      const { status } = await send({ base: baseUrl, path: '/_health' });
      if (status > 0 && status < 500) break;
      await sleep(100);
    }

    log(`signing in ${setup.accounts.length} desk users through nginx…`);
    const tokens = new Map();
    const agent = keepAliveAgent(8);
    const queue = [...setup.accounts];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let account = queue.shift(); account; account = queue.shift()) {
          const res = await send({ base: baseUrl, agent, method: 'POST', path: '/admin/login', body: { email: account.email, password: setup.password } });
          if (res.status !== 200) throw new Error(`login of ${account.email}: ${res.status} ${JSON.stringify(res.body)}`);
          tokens.set(account.email, res.body.data.token);
        }
      })
    );
    agent.destroy();

    // Warm-up, not measured: each process's JIT and pools, nginx's cache, every desk user's first page.
    log('warm-up (not measured)…');
    const warm = keepAliveAgent(8);
    const warmQueue = [...setup.accounts];
    await Promise.all([
      runPublic({ base, rps: Math.min(200, PUBLIC_RPS), seconds: 5, slugs: setup.slugs }),
      ...Array.from({ length: 8 }, async () => {
        for (let account = warmQueue.shift(); account; account = warmQueue.shift()) {
          await send({ base: baseUrl, agent: warm, path: '/editorial-workflow/queue?page=1&pageSize=20', token: tokens.get(account.email) });
        }
      }),
    ]);
    warm.destroy();

    log(`load: ${setup.accounts.length} desk users and ${PUBLIC_RPS} public requests/s for ${SECONDS} s; load average ${loadavg()}`);
    const desk = createDesk({ base: baseUrl, setup, tokens });
    let deskUntil = Infinity;
    const deskDone = desk.run(() => deskUntil);
    const deskStart = Date.now();
    const phases = [];
    let rate = PUBLIC_RPS;
    for (let step = 0; step <= STEPS; step += 1) {
      const seconds = step === 0 ? SECONDS : STEP_SECONDS;
      desk.phase.current = `${rate}/s`;
      const result = await runPublic({ base, rps: rate, seconds, slugs: setup.slugs });
      const achieved = result.sent / result.elapsed;
      // Late ticks of the generator are in the latencies already (timed from when each was due).
      const holds = result.all.p95 <= TARGETS.publicP95 && result.all.errors === 0;
      phases.push({ rate, seconds, achieved, result, holds, loadavg: loadavg() });
      log(`  public ${rate}/s for ${seconds} s: p95 ${f(result.all.p95)} ms, ${result.all.errors} errors, ${result.lateStarts} late ticks — ${holds ? 'holds' : 'misses'}; load average ${loadavg()}`);
      if (holds) break;
      rate = Math.floor(rate / 2);
    }
    deskUntil = 0;
    await deskDone;
    const deskSeconds = (Date.now() - deskStart) / 1000;
    desk.close();

    // The table.
    const rows = [];
    const deskAll = [];
    let deskErrors = 0;
    for (const [op, o] of Object.entries(desk.ops).sort()) {
      const s = summary(o.samples);
      deskAll.push(...o.samples);
      deskErrors += o.errors;
      rows.push({ group: 'desk', op, ...s, errors: o.errors, rps: s.count / deskSeconds });
    }
    const deskSummary = summary(deskAll);
    rows.push({ group: 'desk', op: 'ALL desk', ...deskSummary, errors: deskErrors, rps: deskSummary.count / deskSeconds });
    for (const p of phases) {
      const s = summary(desk.byPhase[`${p.rate}/s`] || []);
      rows.push({ group: `desk @${p.rate}/s`, op: 'ALL desk, this phase', ...s, errors: '', rps: s.count / p.result.elapsed });
    }
    for (const phase of phases) {
      for (const [op, s] of Object.entries(phase.result.ops).sort()) rows.push({ group: `public @${phase.rate}/s`, op, ...s, rps: s.count / phase.result.elapsed });
      rows.push({ group: `public @${phase.rate}/s`, op: 'ALL public', ...phase.result.all, rps: phase.achieved });
    }
    const header = '| traffic         | operation             | count  |  req/s | p50 ms | p95 ms | p99 ms | max ms | errors |';
    const lines = [
      '',
      `Mixed load: ${PROCESSES} × strapi start (production) behind nginx ${spawnSync('nginx', ['-v'], { encoding: 'utf8' }).stderr.trim().replace('nginx version: ', '')}, PostgreSQL, Redis ${useRedis ? 'on' : 'off'}; ` +
        `${setup.accounts.length} desk users (think ${THINK_MS} ms ±50 %) for ${f(deskSeconds, 0)} s; node ${process.version}, ${os.cpus().length} CPUs`,
      `Public latency is timed from when each request was due (fixed rate), desk latency from when it was sent.`,
      '',
      header,
      header.replace(/[^|]/g, '-'),
      ...rows.map(
        (r) =>
          `| ${r.group.padEnd(15)} | ${r.op.padEnd(21)} | ${String(r.count).padStart(6)} | ${f(r.rps).padStart(6)} | ${f(r.p50).padStart(6)} | ${f(r.p95).padStart(6)} | ${f(r.p99).padStart(6)} | ${f(r.max).padStart(6)} | ${String(r.errors).padStart(6)} |`
      ),
      '',
      ...phases.map((p) => `public phase ${p.rate}/s × ${p.seconds} s: achieved ${f(p.achieved)} req/s, ${p.result.lateStarts} ticks more than 50 ms late, load average after ${p.loadavg}`),
    ];
    const best = phases.find((p) => p.holds);
    const deskHolds = deskSummary.p95 <= TARGETS.deskP95 && deskErrors === 0;
    lines.push(
      '',
      `Targets: zero errors — ${deskErrors + phases.reduce((sum, p) => sum + p.result.all.errors, 0) === 0 ? 'met' : 'NOT met'}; ` +
        `desk p95 ≤ ${TARGETS.deskP95} ms — ${f(deskSummary.p95)} ms, ${deskHolds ? 'met' : 'NOT met'}; ` +
        `public p95 ≤ ${TARGETS.publicP95} ms at ${TARGETS.publicRps}/s — ${best ? (best.rate >= TARGETS.publicRps ? 'met' : `held up to ${best.rate}/s only`) : 'not held at any rate tried'}.`,
      `Load average at the end: ${loadavg()}.`
    );
    if (desk.failures.length) lines.push('', 'First desk failures:', ...desk.failures.map((line) => `  ${line}`));
    process.stdout.write(`${lines.join('\n')}\n`);
    if (!deskHolds || !best || best.rate < TARGETS.publicRps) process.exitCode = 2;
    finished = true;
  } finally {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await exited;
    }
    await Promise.all(children.map((child) => stopProcess(child)));
    await db.drop().catch((error) => log(`dropping ${db.name}: ${error}`));
    if (useRedis) await dropRedisKeys(redisPrefix).catch(() => {});
    if (!finished || process.env.LOAD_KEEP_LOGS) log(`logs kept in ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
