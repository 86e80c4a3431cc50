// One step of the statistics benchmark on one database, in a process of its own (a process holds one
// Strapi, which reads its database settings once). Run by run.js:
//   node bench/stats/worker.js prepare   — schema, reference data, generated history
//   node bench/stats/worker.js measure   — the grid through the service, a grid page over HTTP, then the naive way
// DATABASE_URL names the throw-away database, BENCH_STATS_ITEMS the size. Progress goes to stderr,
// the result as one JSON line to stdout.
const path = require('path');
const { BENCH_ENV } = require('../../tests/harness/app-env');
const { adminLogin, createAdminUser } = require('../../tests/harness/admin-client');
const { GRID, weeksOf, monthsOf } = require('./calendar');
const { ITEM_STATE, MEDIA_ASSET: MEDIA, OPINION_REPORT: REPORT, UNIT } = require('../uids');

const repoDir = path.resolve(__dirname, '..', '..');
const distDir = path.join(repoDir, 'dist');
const ITEMS = Number(process.env.BENCH_STATS_ITEMS);
const RUNS = Number(process.env.BENCH_STATS_RUNS || 7);
const PAGE_RUNS = Number(process.env.BENCH_STATS_HTTP_RUNS || 15);
const NAIVE_FULL_MAX = Number(process.env.BENCH_STATS_NAIVE_FULL_MAX || 10_000);
const NAIVE_SAMPLE = Number(process.env.BENCH_STATS_NAIVE_SAMPLE || 300);

const PASSWORD = 'Bench@12345';

const log = (line) => process.stderr.write(`[${ITEMS.toLocaleString('en')}] ${line}\n`);
const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function boot({ http = false } = {}) {
  Object.assign(process.env, BENCH_ENV);
  process.chdir(repoDir);
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir: repoDir, distDir }).load();
  if (http) await strapi.server.mount();
  return strapi;
}

async function prepare() {
  const t = process.hrtime.bigint();
  const strapi = await boot();
  try {
    log('schema ready; reference data (units of the Sở, topics, quotas, roles)…');
    const { seedReference } = require(path.join(distDir, 'src/seed/reference.js'));
    await seedReference(strapi);
    const counts = await require('./generate')(strapi, { items: ITEMS, log });
    return { seconds: ms(t) / 1000, counts };
  } finally {
    await strapi.destroy();
  }
}

/** The full-year grid through the service: the first call of this process (cold), then RUNS more (warm). */
async function timeService(strapi) {
  const stats = strapi.plugin('editorial-workflow').service('stats');
  if (!stats || typeof stats.compliance !== 'function') return { missing: true };
  let t = process.hrtime.bigint();
  const grid = await stats.compliance({ ...GRID });
  const coldMs = ms(t);
  log(`grid through the service, cold: ${coldMs.toFixed(0)} ms (${grid.units.length} units × ${grid.periods.length} periods)`);
  const warm = [];
  for (let i = 0; i < RUNS; i += 1) {
    t = process.hrtime.bigint();
    await stats.compliance({ ...GRID });
    warm.push(ms(t));
  }
  log(`grid through the service, warm: p50 ${median(warm).toFixed(0)} ms over ${RUNS} runs (min ${Math.min(...warm).toFixed(0)}, max ${Math.max(...warm).toFixed(0)})`);
  const sql = await require('./breakdown')(strapi, grid);
  log(`  of which the SQL aggregates, each alone (median of 3): ${Object.entries(sql).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ')}`);
  return { coldMs, warmMs: warm, warmP50: median(warm), warmMin: Math.min(...warm), sqlMs: sql, units: grid.units.length, periods: grid.periods.length, metrics: grid.metrics, grid };
}

/**
 * The grid over HTTP, as the publisher (the whole province in scope), on a real socket. The endpoint
 * answers one page of units (issue 19: 50 a page, sorted on the server): page 1 in the plan's
 * order, a page further on sorted by items submitted (the sort's grouped SUM over every unit), and
 * the trend by unit kind, which still weighs the whole grid but answers a few lines. Each: the first
 * request, then the median of PAGE_RUNS more.
 */
async function timeHttp(strapi) {
  const { adminRoleIdsByCode } = require(path.join(distDir, 'src/seed/admin-roles.js'));
  const roles = await adminRoleIdsByCode(strapi);
  const email = `publisher-${Date.now()}@bench.local`;
  const user = await createAdminUser(strapi, { email, firstname: 'Chuyên viên', lastname: 'QLCL', password: PASSWORD, roles: [roles.get('newsroom-publisher')] });
  const qlcl = await strapi.db.query(UNIT).findOne({ where: { code: 'SGD-QLCL' }, select: ['id'] });
  await strapi.plugin('editorial-workflow').service('membership').add({ userId: user.id, unitId: qlcl.id, role: 'publisher' });

  const server = strapi.server.httpServer;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const token = await adminLogin(base, email, PASSWORD);
    const timed = async (label, route, params) => {
      const url = `${base}/editorial-workflow/stats/${route}?${new URLSearchParams({ ...GRID, ...params })}`;
      const once = async () => {
        const t = process.hrtime.bigint();
        const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
        const body = await res.text();
        if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${body.slice(0, 300)}`);
        return { ms: ms(t), bytes: Buffer.byteLength(body), data: JSON.parse(body).data };
      };
      const first = await once();
      const runs = [];
      for (let i = 0; i < PAGE_RUNS; i += 1) runs.push((await once()).ms);
      const units = first.data.units ? first.data.units.length : undefined;
      log(`${label} over HTTP as the publisher: first ${first.ms.toFixed(0)} ms, p50 ${median(runs).toFixed(0)} ms (min ${Math.min(...runs).toFixed(0)}), ${(first.bytes / 1024).toFixed(0)} KiB${units === undefined ? '' : `, ${units} units`}`);
      return { firstMs: first.ms, runsMs: runs, p50: median(runs), bytes: first.bytes, units, pagination: first.data.pagination };
    };
    const page = await timed('grid page 1 (50 units, plan order)', 'compliance', { page: '1', pageSize: '50' });
    const sorted = await timed('grid page 7 sorted by items submitted', 'compliance', { page: '7', pageSize: '50', sort: '-itemsSubmitted' });
    const trend = await timed('trend by unit kind (every unit)', 'trend', {});
    return { page, sorted, trend, p50: page.p50 };
  } catch (error) {
    log(`HTTP: ${error.message}`);
    return { error: error.message };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/**
 * The naive way: one count per cell and metric through the Document Service, for the same grid (the
 * five metrics of every unit × ISO week, as the service counts them at week granularity: items and
 * features by first submission, items by first publication, media assets by creation, reports filed
 * in the week before their month's 20th). The whole grid at sizes up to NAIVE_FULL_MAX; above,
 * NAIVE_SAMPLE random cells, extrapolated to all. Sampled cells are checked against the service's grid.
 */
async function timeNaive(strapi, serviceGrid) {
  const units = await strapi.db.query(UNIT).findMany({ select: ['id', 'code'], orderBy: { id: 'asc' } });
  const weeks = weeksOf(GRID);
  const dueOf = new Map(monthsOf({ from: '2025-12-01', to: '2027-01-31' }).map((m) => [m.key, m.due]));
  const docs = strapi.documents;
  const inWeek = (w) => ({ $gte: w.gte, $lt: w.lt });

  const counts = {
    items_submitted: (u, w) => docs(ITEM_STATE).count({ filters: { firstSubmittedUnitId: u.id, firstSubmittedAt: inWeek(w) } }),
    features_submitted: (u, w) => docs(ITEM_STATE).count({ filters: { firstSubmittedUnitId: u.id, firstSubmittedKind: 'feature', firstSubmittedAt: inWeek(w) } }),
    items_published: (u, w) => docs(ITEM_STATE).count({ filters: { firstPublishedUnitId: u.id, firstPublishedAt: inWeek(w) } }),
    media_assets: (u, w) => docs(MEDIA).count({ filters: { unit: { id: u.id }, createdAt: inWeek(w) } }),
    // The months the week touches; a report is on time before the 20th of its own month (the default due day).
    opinion_report_on_time: (u, w) =>
      docs(REPORT).count({
        filters: {
          unit: { id: u.id },
          $or: [...new Set([w.start.slice(0, 7), w.end.slice(0, 7)])].map((month) => ({
            period: month,
            submittedAt: { $gte: w.gte, $lt: new Date(Math.min(w.lt.getTime(), dueOf.get(month).getTime())) },
          })),
        },
      }),
  };

  const cells = units.flatMap((u) => weeks.map((w) => [u, w]));
  const full = ITEMS <= NAIVE_FULL_MAX;
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const sample = Array.from({ length: Math.min(NAIVE_SAMPLE, cells.length) }, () => cells[Math.floor(rand() * cells.length)]);

  let checked = 0;
  const mismatches = [];
  const rowOf = new Map(serviceGrid ? serviceGrid.units.map((r) => [r.unit.id, r]) : []);
  const check = (u, w, metric, count) => {
    if (!serviceGrid) return;
    const row = rowOf.get(u.id);
    const cell = row && row.periods[w.key] && row.periods[w.key].metrics[metric];
    checked += 1;
    if (!cell || cell.count !== count) mismatches.push({ unit: u.code, week: w.key, metric, service: cell ? cell.count : null, naive: count });
  };

  const run = async (label, list) => {
    const t = process.hrtime.bigint();
    const step = Math.max(1, Math.ceil(list.length / 10));
    let queries = 0;
    for (let n = 0; n < list.length; n += 1) {
      const [u, w] = list[n];
      for (const [metric, count] of Object.entries(counts)) {
        check(u, w, metric, await count(u, w));
        queries += 1;
      }
      if ((n + 1) % step === 0) log(`  naive, ${label}: ${n + 1}/${list.length} cells, ${(ms(t) / 1000).toFixed(1)} s`);
    }
    const total = ms(t);
    return { cells: list.length, queries, ms: total, perCellMs: total / list.length };
  };

  const result = { metrics: Object.keys(counts), cells: cells.length };
  // The sample first, at every size: at full size it shows how close the extrapolation comes.
  result.sample = await run('random sample', sample);
  result.sample.extrapolatedMs = result.sample.perCellMs * cells.length;
  if (full) result.full = await run('full grid', cells);
  result.mode = full ? 'full' : 'extrapolated';
  result.ms = full ? result.full.ms : result.sample.extrapolatedMs;
  result.checkedCounts = checked;
  result.mismatchCount = mismatches.length;
  result.mismatches = mismatches.slice(0, 20);
  log(
    `naive (${result.mode}): ${(result.ms / 1000).toFixed(1)} s for ${cells.length} cells × ${result.metrics.length} counts` +
      (full ? ` (the sample extrapolated to ${(result.sample.extrapolatedMs / 1000).toFixed(1)} s)` : '') +
      `; ${checked} counts checked against the service's grid, ${mismatches.length} differ` +
      (mismatches.length ? `, e.g. ${JSON.stringify(mismatches.slice(0, 3))}` : '')
  );
  return result;
}

async function measure() {
  let t = process.hrtime.bigint();
  const strapi = await boot({ http: true });
  const bootMs = ms(t);
  try {
    log(`booted in ${(bootMs / 1000).toFixed(1)} s (new process, new connection pool)`);
    const service = await timeService(strapi).catch((error) => ({ error: error.message, stack: error.stack }));
    if (service.missing) log('the stats service is missing (plugin editorial-workflow, service "stats"): grid not timed');
    if (service.error) log(`the stats service failed: ${service.stack}`);
    const http = service.missing || service.error ? { skipped: true } : await timeHttp(strapi);
    const naive = await timeNaive(strapi, service.grid);
    delete service.grid;
    return { bootMs, service, http, naive };
  } finally {
    await strapi.destroy();
  }
}

const mode = process.argv[2];
(mode === 'prepare' ? prepare() : mode === 'measure' ? measure() : Promise.reject(new Error(`unknown mode ${mode}`)))
  .then((result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
