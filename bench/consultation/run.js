#!/usr/bin/env node
// npm run bench:consultation — see README.md in this folder.
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { execFileSync } = require('child_process');
const { TEST_ENV } = require('../../tests/harness/app-env');
const { freePort } = require('../../tests/harness/free-port');
const { SERVE, startReadyProcess, stopProcess } = require('../../tests/harness/app-process');

const repoDir = path.resolve(__dirname, '..', '..');
const workDir = process.env.BENCH_DIR || path.join(os.tmpdir(), 'bench-consultation');
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const READERS = Number(process.env.BENCH_READERS || 10);
const POSTERS = Number(process.env.BENCH_POSTERS || 10);
const database = path.join(workDir, 'consultation.db');

const env = {
  ...process.env,
  ...TEST_ENV,
  // The demo's consultations (one open); the limits as in production, the address read from the
  // bench acting as the trusted proxy: each post comes from another address, as from many people.
  NODE_ENV: 'development',
  DATABASE_URL: '',
  DATABASE_FILENAME: database,
  PUBLIC_API_RATE_LIMIT: '1000000000',
  PUBLIC_API_TRUSTED_PROXIES: '127.0.0.1,::1,::ffff:127.0.0.1',
  PUBLIC_FORM_MIN_SECONDS: '1',
  LOG_LEVEL: 'error',
};

const log = (line) => process.stderr.write(`${line}\n`);
const agent = new http.Agent({ keepAlive: true, maxSockets: READERS + POSTERS + 4 });

function call(base, method, urlPath, { body, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.request(`${base}${urlPath}`, { method, agent, headers: { ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8'), ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    req.on('error', reject);
    if (body) req.write(JSON.stringify(body));
    req.end();
  });
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

/** READERS clients reading the consultation back to back for `seconds`: its latencies. */
async function readFor(base, slug, seconds) {
  const until = Date.now() + seconds * 1000;
  const latencies = [];
  await Promise.all(
    Array.from({ length: READERS }, async () => {
      while (Date.now() < until) {
        const res = await call(base, 'GET', `/api/consultations/${slug}`);
        if (res.status !== 200) throw new Error(`GET consultation: ${res.status} ${res.body}`);
        latencies.push(res.ms);
      }
    })
  );
  return { count: latencies.length, p95: percentile(latencies, 95), p50: percentile(latencies, 50) };
}

/** Each post from its own address (10.a.b.c, through the trusted proxy): the per-address limit is not what is measured. */
const addressOf = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

async function main() {
  fs.mkdirSync(workDir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${database}${suffix}`, { force: true });
  log('seeding the demo data (its open consultation) in a fresh SQLite database…');
  execFileSync(process.execPath, [path.join(repoDir, 'scripts', 'run.js'), 'seed-demo'], { cwd: repoDir, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const port = await freePort();
  const child = await startReadyProcess(SERVE, [], { env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, label: 'Strapi', timeoutMs: 300_000 });
  const base = `http://127.0.0.1:${port}`;
  try {
    const open = JSON.parse((await call(base, 'GET', '/api/consultations?status=open')).body).data[0];
    if (!open) throw new Error('no open consultation in the demo data');
    await readFor(base, open.slug, 2); // warm-up

    log(`baseline: ${READERS} readers of /api/consultations/${open.slug} for ${SECONDS} s…`);
    const baseline = await readFor(base, open.slug, SECONDS);

    // The tokens first (their minimum age is 1 s), each from the address that will post it.
    const wanted = POSTERS * SECONDS * 200;
    log(`fetching ${wanted} form tokens…`);
    const tokens = [];
    for (let i = 0; i < wanted; i += POSTERS) {
      const batch = await Promise.all(
        Array.from({ length: POSTERS }, (_, j) => call(base, 'GET', `/api/consultations/${open.slug}/comment-form`, { headers: { 'X-Forwarded-For': addressOf(i + j) } }))
      );
      batch.forEach((res, j) => tokens.push({ address: addressOf(i + j), token: JSON.parse(res.body).data.formToken }));
    }
    await new Promise((resolve) => setTimeout(resolve, 1200));

    log(`under load: ${POSTERS} posters of comments and ${READERS} readers for ${SECONDS} s…`);
    let next = 0;
    let accepted = 0;
    let refused = 0;
    const postUntil = Date.now() + SECONDS * 1000;
    const posting = Promise.all(
      Array.from({ length: POSTERS }, async () => {
        while (Date.now() < postUntil && next < tokens.length) {
          const { address, token } = tokens[next];
          const n = next++;
          const res = await call(base, 'POST', `/api/consultations/${open.slug}/comments`, {
            headers: { 'X-Forwarded-For': address },
            body: { text: `Ý kiến thử tải số ${n}: đề nghị làm rõ điều ${n % 40} của dự thảo.`, group: 'citizen', commune: 'Phường Him Lam', consent: true, formToken: token },
          });
          if (res.status === 201) accepted += 1;
          else refused += 1;
        }
      })
    );
    const [loaded] = await Promise.all([readFor(base, open.slug, SECONDS), posting]);
    const result = {
      command: 'npm run bench:consultation',
      seconds: SECONDS,
      readers: READERS,
      posters: POSTERS,
      commentsAcceptedPerSecond: Number((accepted / SECONDS).toFixed(1)),
      commentsRefused: refused,
      baseline: { requests: baseline.count, p50Ms: Number(baseline.p50.toFixed(2)), p95Ms: Number(baseline.p95.toFixed(2)) },
      underLoad: { requests: loaded.count, p50Ms: Number(loaded.p50.toFixed(2)), p95Ms: Number(loaded.p95.toFixed(2)) },
      p95Ratio: Number((loaded.p95 / baseline.p95).toFixed(2)),
      loadAverage: os.loadavg().map((value) => Number(value.toFixed(2))),
      cpus: os.cpus().length,
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await stopProcess(child);
    agent.destroy();
  }
}

main().catch((error) => {
  log(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
