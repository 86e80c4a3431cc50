#!/usr/bin/env node
// npm run bench:workflow — see README.md in this folder.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { fork } = require('child_process');
const { log, summarize } = require('./lib');

const repoDir = path.resolve(__dirname, '..', '..');
const workDir = process.env.BENCH_WORK_DIR || '/tmp/bench-workflow';
const pgUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const databases = (process.env.BENCH_DBS || 'sqlite,postgres').split(',').map((s) => s.trim()).filter(Boolean);
const ITEMS = Number(process.env.BENCH_ITEMS || 300);
const PUBLISH_ITEMS = Number(process.env.BENCH_PUBLISH_ITEMS || 100);
const WARMUP = Number(process.env.BENCH_WARMUP || 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 1);
// A publish through the workflow costs at most this much more than vanilla Strapi's documents().publish.
const TARGET = 1.2;

/** One app per process (a process holds one Strapi); resolves once it has prepared its data. */
function startWorker(script, db) {
  const env = { ...process.env, BENCH_DB: db, BENCH_PG_URL: pgUrl, BENCH_WORK_DIR: workDir };
  // Each worker picks its own fresh database; the caller's DATABASE_URL only names the server.
  delete env.DATABASE_URL;
  const execArgv = (process.env.BENCH_NODE_ARGS || '').split(' ').filter(Boolean);
  const child = fork(path.join(__dirname, script), [], { cwd: repoDir, env, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map();
  let nextId = 0;
  let exited = false;
  const ready = new Promise((resolve, reject) => {
    child.on('message', (message) => {
      if (message.ready) return resolve();
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${script} on ${db}: ${message.error}`));
      else waiter.resolve(message.result);
    });
    child.on('exit', (code) => {
      exited = true;
      const error = new Error(`${script} on ${db} exited with ${code}`);
      reject(error);
      for (const waiter of pending.values()) waiter.reject(error);
    });
  });
  const rpc = (op, ...args) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      child.send({ id, op, args });
    });
  return { ready, rpc, stop: () => (exited ? Promise.resolve() : rpc('stop').catch(() => {})), kill: () => exited || child.kill('SIGTERM') };
}

/**
 * Publishes one item in each app in turn, alternating which goes first (ABBA), so that a slower
 * moment of the machine weighs on both sides alike. The first WARMUP of each are not recorded.
 */
async function interleave(label, ours, vanilla, op) {
  const samples = { ours: [], vanilla: [] };
  const step = Math.max(1, Math.ceil((PUBLISH_ITEMS + WARMUP) / 10));
  for (let i = 0; i < PUBLISH_ITEMS + WARMUP; i += 1) {
    const record = i >= WARMUP;
    const order = i % 2 === 0 ? [['ours', ours], ['vanilla', vanilla]] : [['vanilla', vanilla], ['ours', ours]];
    for (const [name, worker] of order) {
      const ms = await worker.rpc(op, i, record);
      if (record) samples[name].push(ms);
    }
    if ((i + 1) % step === 0) log(`    ${label}: ${i + 1}/${PUBLISH_ITEMS + WARMUP}${record ? '' : ' (warm-up)'}`);
  }
  return { ours: summarize(samples.ours), vanilla: summarize(samples.vanilla) };
}

const f = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

async function benchDatabase(db) {
  log(`\n== ${db}: booting our app and a vanilla Strapi side by side ==`);
  const ours = startWorker('ours.js', db);
  const vanilla = startWorker('vanilla-app.js', db);
  try {
    await Promise.all([ours.ready, vanilla.ready]);
    const cycles = await ours.rpc('cycles');
    log(`  publish: our transition vs vanilla documents().publish, in code (ratio A)…`);
    const code = await interleave('publish in code', ours, vanilla, 'publishCode');
    log(`  publish: our transition endpoint vs vanilla content-manager publish, over HTTP (ratio B)…`);
    const overHttp = await interleave('publish over HTTP', ours, vanilla, 'publishHttp');
    const ourReport = await ours.rpc('report');
    const vanillaReport = await vanilla.rpc('report');
    return { db, cycles, code, overHttp, ourReport, vanillaReport };
  } finally {
    await Promise.all([ours.stop(), vanilla.stop()]);
    ours.kill();
    vanilla.kill();
  }
}

async function main() {
  fs.mkdirSync(workDir, { recursive: true });
  log('compiling the app (dist/)…');
  process.chdir(repoDir);
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await require('@strapi/strapi').compileStrapi();

  const rows = [];
  const notes = [];
  const ratiosA = [];
  for (const db of databases) {
    const { cycles, code, overHttp, ourReport, vanillaReport } = await benchDatabase(db);
    const row = (measure, s, ratio = '') => rows.push({ db, measure, ...s, ratio });
    row('full cycle, HTTP, per transition', cycles.http.all);
    for (const [action, s] of Object.entries(cycles.http.byAction)) row(`  HTTP ${action}`, s);
    row('full cycle, code, per transition', cycles.code.all);
    for (const [action, s] of Object.entries(cycles.code.byAction)) row(`  code ${action}`, s);
    const ratio = (a, b) => `${f(a.p50 / b.p50, 2)}× (p95 ${f(a.p95 / b.p95, 2)}×)`;
    ratiosA.push(code.ours.p50 / code.vanilla.p50);
    row('publish, code: our transition', code.ours, `A ${ratio(code.ours, code.vanilla)}`);
    row('publish, code: vanilla documents()', code.vanilla, '1');
    row('publish, HTTP: our transition', overHttp.ours, `B ${ratio(overHttp.ours, overHttp.vanilla)}`);
    row('publish, HTTP: vanilla content-manager', overHttp.vanilla, '1');

    const p = ourReport.pieces;
    const mean = (s) => (s.count ? s.mean : 0);
    const perCall = (s) => s.count / code.ours.count;
    const rest = code.ours.mean - mean(p.loadDraft) * perCall(p.loadDraft) - mean(p.standingOf) - mean(p.documentsPublish) - mean(p.notifications);
    notes.push(
      `  ${db}: our publish transition ${f(code.ours.mean, 2)} ms mean, ${f(ourReport.queriesPerPublish)} SQL statements; ` +
        `vanilla publish ${f(code.vanilla.mean, 2)} ms, ${f(vanillaReport.queriesPerPublish)} statements.\n` +
        `    loadDraft ${f(mean(p.loadDraft), 2)} ms × ${f(perCall(p.loadDraft), 0)}, standingOf ${f(mean(p.standingOf), 2)}, ` +
        `documents().publish ${f(mean(p.documentsPublish), 2)} (Strapi's own ${f(mean(p.corePublish), 2)}, our middlewares around it ${f(mean(p.documentsPublish) - mean(p.corePublish), 2)}), ` +
        `notifications ${f(mean(p.notifications), 2)}, the rest (state row, CAS, history, view, commit) ${f(rest, 2)}`
    );
  }

  const header = '| database | measure                                 | count |  ops/s | p50 ms | p95 ms | ratio to vanilla, p50     |';
  const lines = [
    '',
    `Workflow benchmark: ${ITEMS} items per cycle run (concurrency ${CONCURRENCY}), ${PUBLISH_ITEMS} publishes per side (after ${WARMUP} warm-up), node ${process.version}, ${os.cpus().length} CPUs`,
    'ops/s: transitions per second over the run for the cycles; 1000 / mean latency for single publishes.',
    '',
    header,
    header.replace(/[^|]/g, '-'),
    ...rows.map(
      (r) =>
        `| ${r.db.padEnd(8)} | ${r.measure.padEnd(39)} | ${String(r.count).padStart(5)} | ${f(r.opsPerSec).padStart(6)} | ${f(r.p50, 2).padStart(6)} | ${f(r.p95, 2).padStart(6)} | ${r.ratio.padEnd(25)} |`
    ),
    '',
    'Where a publish transition (code) spends its time (mean ms per call):',
    ...notes,
    '',
    `Target: ratio A (p50) at most ${TARGET}×: ${ratiosA.map((r) => f(r, 2)).join(', ')} — ${ratiosA.every((r) => r <= TARGET) ? 'met' : 'NOT met'}.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (!ratiosA.every((r) => r <= TARGET)) process.exitCode = 2;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
