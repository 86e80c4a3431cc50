#!/usr/bin/env node
// npm run bench:stats:browser — a page change of the statistics grid in the browser (issue 19 item 4:
// ≤ 300 ms from the click to the rendered rows, at 600 units × 52 weeks), measured in chromium.
//
//   1. generates the benchmark's province into a fresh PostgreSQL database (worker.js prepare, the
//      same generator as npm run bench:stats: 600 units, BENCH_BROWSER_ITEMS items, 1,000,000 by default);
//   2. runs `strapi start` on it (the admin panel of the last `npm run build`: run it first);
//   3. registers the first administrator, logs in through the log-in form in chromium (the browser
//      suite's harness, tests/e2e/harness/browser.ts) and opens the statistics page on the full-year
//      week grid (2025-12-29 … 2026-12-27, 52 ISO weeks, 50 units a page);
//   4. clicks "next page" through the 12 pages, BENCH_BROWSER_ROUNDS times (a reload between rounds,
//      so that no page comes from the admin's cache), timing in the page itself from the click to the
//      first row of the new page in the DOM (a MutationObserver) and to the frame after it (painted);
//   5. the baseline, in the same run: the same page requests alone (GET /stats/compliance, as the
//      browser asks them: fetch in the page, same token, same parameters), so that the ratio says
//      what the admin panel adds to the API.
// Prints p50/p90 of each and the ratios; writes results/browser-latest.json. Bench only (not in .ci/run).
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { postgresServer } = require('../../tests/harness/fresh-database');
const { TEST_ENV } = require('../../tests/harness/app-env');
const { freePort } = require('../../tests/harness/free-port');
const { stopProcess } = require('../../tests/harness/app-process');
const { until } = require('../../tests/harness/until');
const { GRID } = require('./calendar');

const repoDir = path.resolve(__dirname, '..', '..');
const pgUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const ITEMS = Number(process.env.BENCH_BROWSER_ITEMS || 1_000_000);
const ROUNDS = Number(process.env.BENCH_BROWSER_ROUNDS || 3);
const REUSE = process.env.BENCH_REUSE === '1';
const KEEP = process.env.BENCH_KEEP === '1';
// BENCH_BROWSER_TRACE=file.json: a chromium performance trace of the first round's clicks (summarise it with trace-summary.js).
const TRACE = process.env.BENCH_BROWSER_TRACE || '';
const TARGET_MS = 300;
const DATABASE = `bench_stats_browser_${ITEMS}`;
const EMAIL = 'bench-admin@bench.local';
const PASSWORD = 'Bench@12345';
const resultsDir = path.join(__dirname, 'results');

const log = (line) => process.stderr.write(`[browser] ${line}\n`);
const server = postgresServer(pgUrl);

/** Nearest rank, as the turnaround's figures: the smallest sample with at least p % at or below it. */
const percentile = (samples, p) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1];
};
const summary = (samples) => ({ n: samples.length, p50: percentile(samples, 50), p90: percentile(samples, 90), min: Math.min(...samples), max: Math.max(...samples) });
const f = (n) => (Number.isFinite(n) ? n.toFixed(0) : '-');

/**
 * How dist/build was built: `strapi build` without NODE_ENV makes a development admin (React's
 * development build, Redux Toolkit's serializability and immutability checks on every action: they
 * walk each page of the grid), while a server is built with NODE_ENV=production (README). The figures
 * say which they measured.
 */
function adminBuildMode() {
  const dir = path.join(repoDir, 'dist', 'build');
  const development = fs.readdirSync(dir).some((file) => file.endsWith('.js') && fs.readFileSync(path.join(dir, file), 'utf8').includes('_debugHookTypes'));
  return development ? 'development' : 'production';
}

/** worker.js prepare on the database: the generator of npm run bench:stats. */
function prepare() {
  const env = { ...process.env, TZ: 'UTC', DATABASE_URL: server.urlOf(DATABASE), BENCH_STATS_ITEMS: String(ITEMS) };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'worker.js'), 'prepare'], { cwd: repoDir, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`worker prepare: exit ${code}`))));
  });
}

/** `strapi start` on the database, as the browser suite runs it (scripts/e2e.js), in UTC like the generator. */
async function startApp() {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFile = path.join(resultsDir, 'browser-server.log');
  fs.mkdirSync(resultsDir, { recursive: true });
  const out = fs.openSync(logFile, 'w');
  const env = { ...process.env, ...TEST_ENV, HOST: '127.0.0.1', PUBLIC_API_RATE_LIMIT: '0', TZ: 'UTC', DATABASE_URL: server.urlOf(DATABASE), PORT: String(port), PUBLIC_URL: baseUrl, STRAPI_TELEMETRY_DISABLED: 'true' };
  const app = spawn(path.join(repoDir, 'node_modules', '.bin', 'strapi'), ['start'], { cwd: repoDir, env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  await until(
    async () => {
      if (app.exitCode !== null) throw new Error(`strapi start exited (${app.exitCode}); see ${logFile}`);
      return fetch(`${baseUrl}/_health`).then((res) => res.ok, () => false);
    },
    `${baseUrl}/_health`,
    { timeoutMs: 240_000, intervalMs: 500 }
  );
  return { app, baseUrl };
}

/** The first administrator (the generated database has none): a super admin, who reads every unit. */
async function registerAdmin(baseUrl) {
  const res = await fetch(`${baseUrl}/admin/register-admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD, firstname: 'Bench', lastname: 'Admin' }),
  });
  // 400 "You cannot register a new super admin": kept from an earlier run (BENCH_REUSE=1).
  if (!res.ok && res.status !== 400) throw new Error(`register-admin: ${res.status} ${await res.text()}`);
}

/**
 * In the page: clicks "next page" and resolves when the grid's first row is another unit's (the new
 * page in the DOM), then after the next frame (painted). Times from just before the click.
 */
const PAGE_CHANGE = async () => {
  const firstRow = () => document.querySelector('[aria-label^="Bảng chỉ tiêu"] tbody th[scope="row"]');
  const before = firstRow()?.getAttribute('title');
  const next = document.querySelector('[data-testid="ew-stats-grid-pager-next"]');
  if (!next || next.disabled) return null;
  return new Promise((resolve) => {
    let inDom = 0;
    const t0 = performance.now();
    const done = () => {
      const row = firstRow();
      if (!row || row.getAttribute('title') === before) return false;
      inDom = performance.now() - t0;
      observer.disconnect();
      // Where the time went: the page's request (resource timing, from the click to its last byte), the rest being the admin panel's work.
      const request = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/editorial-workflow/stats/compliance?') && entry.startTime >= t0)
        .pop();
      const response = request ? request.responseEnd - t0 : null;
      // Two frames: the one the new rows are laid out and painted in has then been shown.
      requestAnimationFrame(() => requestAnimationFrame(() => resolve({ dom: inDom, painted: performance.now() - t0, response })));
      return true;
    };
    const observer = new MutationObserver(() => done());
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['title'] });
    next.click();
  });
};

/** In the page: the same request the grid makes for `page`, alone (fetch, the admin's token), timed to its parsed JSON. */
const API_ALONE = async ({ url }) => {
  const token = JSON.parse(localStorage.getItem('jwtToken') || sessionStorage.getItem('jwtToken') || 'null') ?? document.cookie.match(/jwtToken=([^;]+)/)?.[1];
  const t0 = performance.now();
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
  const body = await res.json();
  if (!res.ok) throw new Error(`${res.status} ${JSON.stringify(body).slice(0, 200)}`);
  return { ms: performance.now() - t0, units: body.data.units.length };
};

async function measure(baseUrl) {
  process.env.E2E_BASE_URL = baseUrl;
  process.env.DEMO_PASSWORD = PASSWORD;
  // The browser suite's harness is TypeScript: loaded through esbuild-register (a dev dependency of Strapi's).
  require('esbuild-register/dist/node').register({ target: 'node20' });
  const { launchBrowser, logIn } = require('../../tests/e2e/harness/browser.ts');
  const session = await launchBrowser();
  try {
    const actor = await logIn(session.browser, EMAIL);
    const { page } = actor;
    const gridUrl = `${baseUrl}/admin/plugins/editorial-workflow-stats?${new URLSearchParams({ from: GRID.from, to: GRID.to, granularity: GRID.granularity })}`;
    const clicks = [];
    let pageCount = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      await page.goto(gridUrl);
      const first = await page.waitForResponse((res) => res.url().includes('/editorial-workflow/stats/compliance?') && res.url().includes('page=1'), { timeout: 120_000 });
      const answer = await first.json();
      pageCount = answer.data.pagination.pageCount;
      if (answer.data.periods.length !== 52) throw new Error(`the grid has ${answer.data.periods.length} periods, not 52`);
      await page.locator('[aria-label^="Bảng chỉ tiêu"] tbody th[scope="row"]').first().waitFor({ timeout: 60_000 });
      // The page's other sections (trend, ranking of the school year, reports, turnaround) ask the server at the same time:
      // measured once they have all answered, or the first click waits behind them (172 s, cold, at 1,000,000 items).
      await page.waitForLoadState('networkidle', { timeout: 600_000 });
      const tracing = TRACE && round === 0;
      if (tracing) {
        await session.browser.startTracing(page, {
          categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing'],
        });
      }
      for (let p = 2; p <= pageCount; p += 1) {
        const timing = await page.evaluate(PAGE_CHANGE);
        if (!timing) break;
        clicks.push({ round, page: p, ...timing });
        log(`round ${round + 1}, page ${p}/${pageCount}: response ${timing.response === null ? '-' : timing.response.toFixed(0)} ms, rows in the DOM ${timing.dom.toFixed(0)} ms, painted ${timing.painted.toFixed(0)} ms`);
      }
      if (tracing) {
        fs.writeFileSync(TRACE, await session.browser.stopTracing());
        log(`trace of round 1 written to ${TRACE}`);
      }
    }
    // The baseline: the pages' requests alone, as the admin panel sends them, in the same browser.
    const api = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (let p = 2; p <= pageCount; p += 1) {
        const params = new URLSearchParams({ from: GRID.from, to: GRID.to, granularity: GRID.granularity, page: String(p), pageSize: '50', sort: 'kind' });
        api.push((await page.evaluate(API_ALONE, { url: `${baseUrl}/editorial-workflow/stats/compliance?${params}` })).ms);
      }
    }
    const units = await page.evaluate(() => document.querySelectorAll('[aria-label^="Bảng chỉ tiêu"] tbody th[scope="row"]').length);
    return { pageCount, units, clicks, api };
  } finally {
    await session.close();
  }
}

async function main() {
  if (!fs.existsSync(path.join(repoDir, 'dist', 'build', 'index.html'))) throw new Error('dist/build/index.html is missing: run `npm run build` first');
  const started = new Date();
  const buildMode = adminBuildMode();
  log(`admin panel: a ${buildMode} build (dist/build)`);
  let generation = null;
  if (REUSE && (await server.exists(DATABASE))) {
    log(`reusing ${DATABASE} (BENCH_REUSE=1)`);
  } else {
    log(`generating ${ITEMS.toLocaleString('en')} items over 600 units into ${DATABASE}…`);
    await server.drop(DATABASE);
    await server.create(DATABASE);
    generation = await prepare();
    log(`generated in ${generation.seconds.toFixed(0)} s`);
  }
  let app;
  try {
    log('starting the app…');
    const running = await startApp();
    app = running.app;
    await registerAdmin(running.baseUrl);
    log(`up on ${running.baseUrl}; chromium…`);
    const result = await measure(running.baseUrl);
    const dom = summary(result.clicks.map((c) => c.dom));
    const painted = summary(result.clicks.map((c) => c.painted));
    const api = summary(result.api);
    const answered = result.clicks.filter((c) => c.response !== null);
    const response = summary(answered.map((c) => c.response));
    const rendering = summary(answered.map((c) => c.painted - c.response));
    const lines = [
      '',
      `Statistics grid, a page change in chromium (600 units × 52 ISO weeks, 50 units a page, ${result.pageCount} pages; ${ITEMS.toLocaleString('en')} items on PostgreSQL)`,
      `admin panel: a ${buildMode} build (${buildMode === 'development' ? '`npm run build` without NODE_ENV' : 'NODE_ENV=production npm run build'})`,
      `${ROUNDS} rounds of "next page" through every page (a reload between rounds: no page from the admin's cache); ${dom.n} page changes; the baseline: the same ${api.n} requests alone (fetch in the page)`,
      '',
      '| measure                                   |  n  | p50 ms | p90 ms | min ms | max ms |',
      '|-------------------------------------------|-----|--------|--------|--------|--------|',
      `| click → new rows in the DOM               | ${String(dom.n).padStart(3)} | ${f(dom.p50).padStart(6)} | ${f(dom.p90).padStart(6)} | ${f(dom.min).padStart(6)} | ${f(dom.max).padStart(6)} |`,
      `| click → rows painted (next frame)         | ${String(painted.n).padStart(3)} | ${f(painted.p50).padStart(6)} | ${f(painted.p90).padStart(6)} | ${f(painted.min).padStart(6)} | ${f(painted.max).padStart(6)} |`,
      `|   of which click → response's last byte   | ${String(response.n).padStart(3)} | ${f(response.p50).padStart(6)} | ${f(response.p90).padStart(6)} | ${f(response.min).padStart(6)} | ${f(response.max).padStart(6)} |`,
      `|   of which response → rows painted        | ${String(rendering.n).padStart(3)} | ${f(rendering.p50).padStart(6)} | ${f(rendering.p90).padStart(6)} | ${f(rendering.min).padStart(6)} | ${f(rendering.max).padStart(6)} |`,
      `| baseline: GET /stats/compliance alone     | ${String(api.n).padStart(3)} | ${f(api.p50).padStart(6)} | ${f(api.p90).padStart(6)} | ${f(api.min).padStart(6)} | ${f(api.max).padStart(6)} |`,
      '',
      `machine load average while measuring: ${require('os').loadavg().map((n) => n.toFixed(1)).join(', ')} on ${require('os').cpus().length} CPUs`,
      `ratio painted / API alone: p50 ${(painted.p50 / api.p50).toFixed(2)}×, p90 ${(painted.p90 / api.p90).toFixed(2)}×`,
      `Target (a page change ≤ ${TARGET_MS} ms, click → rows painted, p50): ${painted.p50 <= TARGET_MS ? 'met' : 'NOT met'} (p50 ${f(painted.p50)} ms, p90 ${f(painted.p90)} ms).`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    const file = path.join(resultsDir, 'browser-latest.json');
    fs.writeFileSync(file, `${JSON.stringify({ started: started.toISOString(), items: ITEMS, rounds: ROUNDS, adminBuild: buildMode, generation, dom, painted, response, rendering, api, loadAverage: require('os').loadavg(), ...result }, null, 2)}\n`);
    log(`results written to ${path.relative(repoDir, file)}`);
    if (!(painted.p50 <= TARGET_MS)) process.exitCode = 2;
  } finally {
    await stopProcess(app);
    if (!KEEP) {
      await server.drop(DATABASE);
      log(`dropped ${DATABASE}`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
