#!/usr/bin/env node
// npm run bench:people — the import of people (npm run import:people) on a province's network:
// 600 generated units, 1,200 lines (1,100 people: each unit's author and head, the same person in
// 100 small units), on SQLite and PostgreSQL (BENCH_DBS=sqlite,postgres; DATABASE_URL names the
// PostgreSQL server, default postgres://postgres@127.0.0.1:5432/postgres). Each database is a fresh
// one, in a process of its own (worker.js). Prints the times; the target is the import under 60 s.
const path = require('path');
const { spawn } = require('child_process');

const repoDir = path.resolve(__dirname, '..', '..');
const pgUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const databases = (process.env.BENCH_DBS || 'sqlite,postgres').split(',').map((s) => s.trim()).filter(Boolean);
const TARGET_SECONDS = 60;

const log = (line) => process.stderr.write(`${line}\n`);

function worker(db) {
  const env = { ...process.env, BENCH_DB: db, BENCH_PG_URL: pgUrl };
  delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'worker.js')], { cwd: repoDir, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code, signal) => {
      const last = out.trim().split('\n').pop();
      if (code !== 0 || !last) return reject(new Error(`worker on ${db} stopped (${signal || `exit ${code}`}) without a result`));
      try {
        resolve(JSON.parse(last));
      } catch (error) {
        reject(error);
      }
    });
  });
}

async function main() {
  log('compiling the app (dist/)…');
  process.chdir(repoDir);
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await require('@strapi/strapi').compileStrapi();

  const results = [];
  for (const db of databases) {
    log(`\n== ${db} ==`);
    results.push(await worker(db));
  }
  const f = (n) => n.toFixed(1);
  log('\n| database | units | lines (people) | dry run | import | per line | invitations sent after | re-run | target < 60 s |');
  log('|---|---|---|---|---|---|---|---|---|');
  let ok = true;
  for (const r of results) {
    const pass = r.first.seconds < TARGET_SECONDS && r.first.refused === 0 && r.rerun.unchanged === r.lines;
    ok = ok && pass;
    log(
      `| ${r.db} | ${r.units} (${f(r.unitSeconds)} s) | ${r.lines} (${r.people}) | ${f(r.dryRun.seconds)} s | ${f(r.first.seconds)} s ` +
        `(created ${r.first.created}, updated ${r.first.updated}) | ${((r.first.seconds * 1000) / r.lines).toFixed(1)} ms | ` +
        `${f(r.invitationSeconds)} s | ${f(r.rerun.seconds)} s (unchanged ${r.rerun.unchanged}) | ${pass ? 'yes' : 'NO'} |`
    );
  }
  process.stdout.write(`${JSON.stringify(results)}\n`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(error.stack || String(error));
    process.exit(1);
  }
);
