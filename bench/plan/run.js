#!/usr/bin/env node
// npm run bench:plan — the plan at work (issue 17) on PostgreSQL: the coverage grid and the calendar
// month over HTTP at 1,000,000 items, 600 units and 5,000 assignments. See README.md in this folder.
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { postgresServer } = require('../../tests/harness/fresh-database');

const repoDir = path.resolve(__dirname, '..', '..');
const pgUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const SIZES = (process.env.BENCH_PLAN_SIZES || '1000000').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const KEEP = process.env.BENCH_KEEP === '1';
const REUSE = process.env.BENCH_REUSE === '1';
/** Issue 17: the coverage grid ≤ 500 ms, the calendar month p50 ≤ 200 ms, at 1,000,000 items. */
const COVERAGE_TARGET_MS = 500;
const CALENDAR_TARGET_MS = 200;

const log = (line) => process.stderr.write(`${line}\n`);
const server = postgresServer(pgUrl);

function worker(mode, database, items) {
  // UTC: Strapi's PostgreSQL datetimes hold the writing process's wall time, and the generator writes UTC.
  const env = { ...process.env, TZ: 'UTC', DATABASE_URL: server.urlOf(database), BENCH_PLAN_ITEMS: String(items) };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'worker.js'), mode], { cwd: repoDir, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code, signal) => {
      const last = out.trim().split('\n').pop();
      if (code !== 0 || !last) return reject(new Error(`worker ${mode} on ${database} stopped (${signal || `exit ${code}`}) without a result`));
      try {
        resolve(JSON.parse(last));
      } catch (error) {
        reject(error);
      }
    });
  });
}

async function benchSize(items) {
  const database = `bench_plan_${items}`;
  let generation = null;
  if (REUSE && (await server.exists(database))) {
    log(`\n== ${items.toLocaleString('en')} items: reusing ${database} (BENCH_REUSE=1) ==`);
  } else {
    log(`\n== ${items.toLocaleString('en')} items: generating into ${database} ==`);
    await server.drop(database);
    await server.create(database);
    generation = await worker('prepare', database, items);
    log(`generated in ${generation.seconds.toFixed(1)} s`);
  }
  try {
    // A new process: the line counts are rebuilt at its start (the table is empty after a bulk load).
    if (REUSE) await server.query(`SELECT 1`);
    return { items, generation, ...(await worker('measure', database, items)) };
  } finally {
    if (!KEEP) {
      await server.drop(database);
      log(`dropped ${database}`);
    }
  }
}

const f = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
const pad = (s, n) => String(s).padStart(n);
const verdict = (value, target) => (!Number.isFinite(value) ? 'n/a' : value <= target ? 'PASS' : 'FAIL');

function table(results) {
  const header = '|     items | gen s | boot s | rebuild s | coverage cold ms | coverage warm p50 ms | one department p50 ms | calendar cold ms | calendar p50 ms | recount ms | recount / ours | cells differ | coverage ≤ 500 | calendar ≤ 200 |';
  const rows = [header, header.replace(/[^|]/g, '-')];
  for (const r of results) {
    const c = r.coverage || {};
    const d = r.department || {};
    const k = r.calendar || {};
    rows.push(
      `| ${pad(r.items.toLocaleString('en'), 9)} | ${pad(r.generation ? f(r.generation.seconds) : 'kept', 5)} | ${pad(f(r.bootMs / 1000, 1), 6)} | ${pad(f(r.rebuildMs / 1000, 2), 9)} | ${pad(f(c.coldMs), 16)} | ${pad(f(c.p50), 20)} | ${pad(f(d.p50), 21)} | ${pad(k.skipped ? 'skipped' : f(k.coldMs), 16)} | ${pad(k.skipped ? 'skipped' : f(k.p50), 15)} | ${pad(f(r.recountMs), 10)} | ${pad(c.p50 ? `${f(r.recountMs / c.p50)}×` : '-', 14)} | ${pad(f(r.differ), 12)} | ${verdict(Math.max(c.coldMs, c.p50), COVERAGE_TARGET_MS).padEnd(14)} | ${(k.skipped ? 'n/a' : verdict(k.p50, CALENDAR_TARGET_MS)).padEnd(14)} |`
    );
  }
  return rows;
}

async function main() {
  log('compiling the app (dist/)…');
  process.chdir(repoDir);
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await require('@strapi/strapi').compileStrapi();
  const results = [];
  for (const items of SIZES) results.push(await benchSize(items));
  const lines = [
    '',
    `Plan benchmark (issue 17): coverage grid GET /editorial-workflow/plan-coverage?year=2026 (every line × 12 months) and the calendar month GET /editorial-workflow/calendar?from=2026-11-01&to=2026-11-30, over HTTP as the publisher`,
    `PostgreSQL ${(await server.query('SHOW server_version')).rows[0].server_version}, node ${process.version}, ${os.cpus().length} CPUs; 600 units, 5,000 assignments; items over two school years, each tagged with a line, a third with two`,
    'boot = a new process\'s start, the rebuild of the line counts from the items included (the table is empty after the bulk load); rebuild = that rebuild alone.',
    'cold = first request in a new process; warm = median of 15 after it. recount = the same figures aggregated from the items and their tags (the naive way), compared cell by cell with the table.',
    '',
    ...table(results),
  ];
  for (const r of results) if (r.calendar && r.calendar.skipped) lines.push(`  ${r.items.toLocaleString('en')}: calendar ${r.calendar.skipped}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exit(1);
});
