// Helpers shared by the workflow benchmark's runner and its two workers (ours.js, vanilla-app.js).
const http = require('http');
const { performance } = require('perf_hooks');
const { BENCH_ENV } = require('../../tests/harness/app-env');
const { freshDatabase } = require('../../tests/harness/fresh-database');

const log = (line) => process.stderr.write(`${line}\n`);

/** Loads a Strapi app and listens on a free port of 127.0.0.1; returns it and its base URL. */
async function bootStrapi(appDir, distDir) {
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir, distDir }).load();
  await strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { strapi, base: `http://127.0.0.1:${server.address().port}` };
}

// One keep-alive connection per concurrent client, as a browser holds one.
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** A JSON request; resolves { status, body }. */
function call(base, method, urlPath, options = {}, retried = false) {
  const { token, body } = options;
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const headers = { Accept: 'application/json' };
  if (payload) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': payload.length });
  if (token) headers.Authorization = `Bearer ${token}`;
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${urlPath}`, { method, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed = text;
        try {
          parsed = text ? JSON.parse(text) : null;
        } catch {
          // not JSON: keep the text for the error message
        }
        resolve({ status: res.statusCode, body: parsed });
      });
    });
    req.on('error', (error) => {
      // A kept-alive socket the server closed while idle (Node's documented retry case).
      if (!retried && req.reusedSocket && error.code === 'ECONNRESET') resolve(call(base, method, urlPath, options, true));
      else reject(error);
    });
    if (payload) req.write(payload);
    req.end();
  });
}

/** Runs `fn` and returns its duration in ms. */
async function timed(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Runs `task(i)` for i in [0, count) with `concurrency` workers; prints progress every ~10 %. */
async function runPool(label, count, concurrency, task) {
  let next = 0;
  let done = 0;
  const step = Math.max(1, Math.ceil(count / 10));
  const start = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      await task(i);
      done += 1;
      if (done % step === 0 || done === count) log(`    ${label}: ${done}/${count}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return performance.now() - start;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

/** count, ops/s (given the wall time of the run, else from the mean), p50, p95, mean. */
function summarize(samples, wallMs) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1);
  return {
    count: sorted.length,
    opsPerSec: wallMs ? (sorted.length * 1000) / wallMs : 1000 / mean,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean,
  };
}

/** Identical item content for both apps: a title, a slug, a summary and a body of a few paragraphs. */
function itemContent(i) {
  const paragraph = (n) => ({
    type: 'paragraph',
    children: [
      {
        type: 'text',
        text: `Đoạn ${n}: Sở Giáo dục và Đào tạo hướng dẫn các trường học bảo đảm an toàn cho học sinh trong mùa mưa lũ, kiểm tra cơ sở vật chất, phương án di dời và kế hoạch dạy học bù.`,
      },
    ],
  });
  return {
    title: `Trường học an toàn mùa mưa lũ, tin số ${i}`,
    slug: `bench-${i}`,
    summary: 'Các trường học trên địa bàn tỉnh chủ động phòng chống thiên tai, bảo đảm an toàn cho học sinh và giáo viên.',
    body: [1, 2, 3, 4, 5].map(paragraph),
    kind: 'news',
  };
}

/** Makes `count` draft items of identical content in both apps, numbered across calls. */
function itemMaker(strapi, unit, topic) {
  const { ARTICLE } = require('../uids');
  let serial = 0;
  return async (count) => {
    const ids = [];
    for (let i = 0; i < count; i += 1) {
      const data = {
        ...itemContent(serial++),
        unit: { connect: [{ documentId: unit.documentId }] },
        topics: { connect: [{ documentId: topic.documentId }] },
      };
      ids.push((await strapi.documents(ARTICLE).create({ data })).documentId);
    }
    return ids;
  };
}

/**
 * A worker's side of the runner's IPC: answers { id, op, args } with { id, result } or { id, error }.
 * `stop` runs the worker's cleanup and exits.
 */
function serve(handlers, cleanup) {
  process.on('message', async ({ id, op, args }) => {
    try {
      if (op === 'stop') {
        await cleanup();
        process.send({ id, result: null }, () => process.exit(0));
        return;
      }
      process.send({ id, result: await handlers[op](...(args ?? [])) });
    } catch (error) {
      process.send({ id, error: error instanceof Error ? error.stack : String(error) });
    }
  });
  process.send({ ready: true });
}

/**
 * A worker's whole life: a fresh database of the runner's kind (BENCH_DB, on BENCH_PG_URL's server
 * or under BENCH_WORK_DIR), the app at `appDir` booted on it, `prepare(strapi, base)` for the
 * handlers, then the runner's requests until it says stop (app destroyed, database dropped).
 */
function runWorker({ prefix, appDir, distDir, tag, prepare }) {
  const main = async () => {
    const kind = process.env.BENCH_DB || 'sqlite';
    const db = await freshDatabase({
      prefix,
      postgresUrl: kind === 'postgres' ? process.env.BENCH_PG_URL : '',
      sqliteDir: process.env.BENCH_WORK_DIR || '/tmp/bench-workflow',
    });
    Object.assign(process.env, BENCH_ENV, db.env);
    log(`  ${tag} booting ${appDir}…`);
    const { strapi, base } = await bootStrapi(appDir, distDir);
    serve(await prepare(strapi, base), async () => {
      await strapi.destroy();
      await db.drop();
    });
  };
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

module.exports = { log, runWorker, call, timed, runPool, summarize, itemContent, itemMaker };
