// One step of the plan benchmark on one database, in a process of its own. Run by run.js:
//   node bench/plan/worker.js prepare  — schema, reference data (with the plan's lines), the statistics
//                                        benchmark's history (600 units, N items), items tagged with lines,
//                                        5,000 assignments with one row per unit
//   node bench/plan/worker.js measure  — boot (the line counts rebuilt at start), then over HTTP: the
//                                        coverage grid cold and warm, the calendar month; the recount
// DATABASE_URL names the throw-away database, BENCH_PLAN_ITEMS the size. Progress on stderr, the
// result as one JSON line on stdout.
const path = require('path');
const { BENCH_ENV } = require('../../tests/harness/app-env');
const { adminLogin, createAdminUser } = require('../../tests/harness/admin-client');

const repoDir = path.resolve(__dirname, '..', '..');
const distDir = path.join(repoDir, 'dist');
const ITEMS = Number(process.env.BENCH_PLAN_ITEMS);
const ASSIGNMENTS = Number(process.env.BENCH_PLAN_ASSIGNMENTS || 5000);
const RUNS = Number(process.env.BENCH_PLAN_RUNS || 15);
const YEAR = 2026;
const CALENDAR = { from: '2026-11-01', to: '2026-11-30' };
const PASSWORD = 'Bench@12345';

const log = (line) => process.stderr.write(`[plan ${ITEMS.toLocaleString('en')}] ${line}\n`);
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

/** Every draft row tagged with one line, every third with a second one; 5,000 assignments, 3 to 60 units each. */
async function tagAndAssign(strapi) {
  const { ARTICLE, PLAN_LINE, UNIT } = require('../uids');
  const knex = strapi.db.connection;
  const sql = (text, bindings = []) => knex.raw(text, bindings);
  const article = strapi.db.metadata.get(ARTICLE);
  const link = article.attributes.planLines.joinTable;
  const lines = strapi.db.metadata.get(PLAN_LINE).tableName;
  const units = strapi.db.metadata.get(UNIT).tableName;
  let t = process.hrtime.bigint();
  await sql(`CREATE TEMP TABLE bench_lines AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM "${lines}"`);
  const [{ n: lineCount }] = (await sql('SELECT count(*)::int AS n FROM bench_lines')).rows;
  // Skewed toward the first lines (some lines are everyone's, many nobody's), as real coverage is.
  await sql(
    `INSERT INTO "${link.name}" ("${link.joinColumn.name}", "${link.inverseJoinColumn.name}")
     SELECT a.id, l.id FROM "${article.tableName}" a
       JOIN bench_lines l ON l.k = floor(power((a.id * 0.6180339887) % 1, 2.5) * ${lineCount})::int
      WHERE a.published_at IS NULL`
  );
  await sql(
    `INSERT INTO "${link.name}" ("${link.joinColumn.name}", "${link.inverseJoinColumn.name}")
     SELECT a.id, l.id FROM "${article.tableName}" a
       JOIN bench_lines l ON l.k = (a.id * 7 + 3) % ${lineCount}
      WHERE a.published_at IS NULL AND a.id % 3 = 0
        AND NOT EXISTS (SELECT 1 FROM "${link.name}" x WHERE x."${link.joinColumn.name}" = a.id AND x."${link.inverseJoinColumn.name}" = l.id)`
  );
  log(`  items tagged with lines (${(ms(t) / 1000).toFixed(1)} s)`);

  t = process.hrtime.bigint();
  await sql(
    `INSERT INTO ew_assignments (document_id, title, line_id, due_at, note, commissioner_unit_id, audience, created_at, updated_at, published_at)
     SELECT 'ba' || lpad(to_hex(g), 22, '0'), 'Giao viết bài số ' || g, l.id,
            timestamp '2026-01-01 01:00:00' + (g % 365) * interval '1 day', 'Ghi chú', (SELECT min(id) FROM "${units}" WHERE kind = 'department'),
            '{"units": true}'::jsonb, now(), now(), now()
       FROM generate_series(1, ${ASSIGNMENTS}) AS g JOIN bench_lines l ON l.k = g % ${lineCount}`
  );
  await sql(
    `INSERT INTO ew_assignment_targets (document_id, assignment_id, unit_id, target_key, due_at, created_at, updated_at, published_at)
     SELECT 'bt' || md5(a.id || ':' || u.id), a.id, u.id, a.id || ':' || u.id, a.due_at, now(), now(), now()
       FROM ew_assignments a
       JOIN LATERAL (SELECT id FROM "${units}" WHERE (id + a.id) % 200 < 1 + (a.id % 20) LIMIT 60) u ON true`
  );
  const [{ n: targets }] = (await sql('SELECT count(*)::int AS n FROM ew_assignment_targets')).rows;
  log(`  ${ASSIGNMENTS} assignments, ${targets} unit rows (${(ms(t) / 1000).toFixed(1)} s)`);
  await sql('ANALYZE');
  return { targets, lines: lineCount };
}

async function prepare() {
  const t = process.hrtime.bigint();
  const strapi = await boot();
  try {
    const { seedReference } = require(path.join(distDir, 'src/seed/reference.js'));
    await seedReference(strapi);
    const counts = await require('../stats/generate')(strapi, { items: ITEMS, log });
    const plan = await tagAndAssign(strapi);
    return { seconds: ms(t) / 1000, counts, plan };
  } finally {
    await strapi.destroy();
  }
}

async function measure() {
  let t = process.hrtime.bigint();
  const strapi = await boot({ http: true });
  const bootMs = ms(t);
  const knex = strapi.db.connection;
  const [{ n: countRows }] = (await knex.raw('SELECT count(*)::int AS n FROM ew_plan_line_counts')).rows;
  log(`booted in ${(bootMs / 1000).toFixed(1)} s (the line counts rebuilt from the items at start: ${countRows} rows)`);

  const { adminRoleIdsByCode } = require(path.join(distDir, 'src/seed/admin-roles.js'));
  const roles = await adminRoleIdsByCode(strapi);
  const email = `publisher-${Date.now()}@bench.local`;
  const user = await createAdminUser(strapi, { email, firstname: 'Chuyên viên', lastname: 'QLCL', password: PASSWORD, roles: [roles.get('newsroom-publisher')] });
  const qlcl = await strapi.db.query('api::unit.unit').findOne({ where: { code: 'SGD-QLCL' }, select: ['id'] });
  await strapi.plugin('editorial-workflow').service('membership').add({ userId: user.id, unitId: qlcl.id, role: 'publisher' });

  const server = strapi.server.httpServer;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const result = { bootMs, countRows };
  try {
    const token = await adminLogin(base, email, PASSWORD);
    const once = async (route, params) => {
      const url = `${base}/editorial-workflow${route}?${new URLSearchParams(params)}`;
      const t0 = process.hrtime.bigint();
      const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      const body = await res.text();
      return { status: res.status, ms: ms(t0), bytes: Buffer.byteLength(body), body };
    };
    const timed = async (label, route, params) => {
      const first = await once(route, params);
      if (first.status === 404) return { skipped: `${route} answered 404 (not built on this branch)` };
      if (first.status !== 200) throw new Error(`GET ${route}: ${first.status} ${first.body.slice(0, 300)}`);
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push((await once(route, params)).ms);
      log(`${label}: cold ${first.ms.toFixed(0)} ms, warm p50 ${median(runs).toFixed(0)} ms (min ${Math.min(...runs).toFixed(0)}, max ${Math.max(...runs).toFixed(0)}), ${(first.bytes / 1024).toFixed(0)} KiB`);
      return { coldMs: first.ms, runsMs: runs, p50: median(runs), bytes: first.bytes, data: JSON.parse(first.body).data };
    };
    const coverage = await timed('coverage grid (year 2026, every line)', '/plan-coverage', { year: String(YEAR) });
    const department = await timed('coverage grid, one department', '/plan-coverage', { year: String(YEAR), department: String(qlcl.id) });
    const calendar = await timed('calendar month (November 2026)', '/calendar', CALENDAR);
    if (calendar.skipped) log(`calendar skipped: ${calendar.skipped}`);

    // The naive way, and the check: the same figures recounted from the items and their tags.
    const { readLineCounts, rebuildLineCounts, recountLines } = require(path.join(distDir, 'src/plugins/editorial-workflow/server/src/plan-coverage/line-counts.js'));
    // The rebuild the start ran, timed alone (the boot time also holds Strapi's own start).
    t = process.hrtime.bigint();
    await rebuildLineCounts(strapi);
    const rebuildMs = ms(t);
    log(`line counts rebuilt from the items again, alone: ${(rebuildMs / 1000).toFixed(2)} s`);
    t = process.hrtime.bigint();
    const recount = (await recountLines(strapi)).filter((row) => row.month.startsWith(`${YEAR}-`));
    const recountMs = ms(t);
    const months = Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`);
    const table = await readLineCounts(strapi, { months });
    const key = (row) => `${row.lineId}:${row.month}:${row.n}`;
    const a = new Set(table.map(key));
    const differ = recount.filter((row) => !a.has(key(row))).length + Math.abs(table.length - recount.length);
    log(`recount from the items (every year, then ${YEAR}): ${(recountMs / 1000).toFixed(2)} s; ${recount.length} cells, ${differ} differ from the table`);
    const strip = ({ data, ...rest }) => ({ ...rest, items: data && data.totals ? data.totals.items : undefined });
    Object.assign(result, { rebuildMs, coverage: strip(coverage), department: strip(department), calendar: calendar.skipped ? calendar : strip(calendar), recountMs, recountCells: recount.length, differ });
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await strapi.destroy();
  }
  return result;
}

const mode = process.argv[2];
(mode === 'prepare' ? prepare() : measure())
  .then((result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  })
  .catch((error) => {
    process.stderr.write(`${error.stack || error}\n`);
    process.exit(1);
  });
