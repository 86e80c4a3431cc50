#!/usr/bin/env node
// Times the item list with search, filters and deep pages on BENCH_ITEMS (default 100,000) published
// items, computed each time (no response cache), on SQLite and, when DATABASE_URL is set, on
// PostgreSQL too; prints a table of query → median ms:
//
//   node bench/public-api/search-at-scale.js
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node bench/public-api/search-at-scale.js
//
// Data is prepared once (prepare.js) into BENCH_DIR/bench-N.db and the PostgreSQL database
// bench_public_api_N on DATABASE_URL's server; delete them to prepare again. Each database is timed
// in a process of its own (Strapi reads its database settings from the environment once).
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { BENCH_ENV } = require('../../tests/harness/app-env');
const { postgresServer } = require('../../tests/harness/fresh-database');

const repoDir = path.resolve(__dirname, '..', '..');
const ITEMS = Number(process.env.BENCH_ITEMS || 100_000);
const RUNS = Number(process.env.BENCH_RUNS || 7);
const workDir = process.env.BENCH_DIR || '/tmp/bench-public-api';
const QUERIES = [
  '',
  'kind=feature&page=200',
  `page=${Math.floor(ITEMS / 20)}`,
  'topic=III',
  'topic=III.2&page=20',
  'unit=SGD-VP',
  'from=2026-01-01&to=2026-03-31',
  'q=giao%20duc',
  'q=giao%20duc&page=100',
  'q=dien%20bien%20vung%20cao',
  'q=giao%20duc&topic=III',
  'q=kiem%20dinh&page=50',
  'q=kiem%20dinh&kind=news&unit=SGD-VP',
  'q=khong%20co%20tu%20nay',
];

const ENV = { ...BENCH_ENV, PUBLIC_API_CACHE: 'false' };

/** In a child process: prepares the database if needed, starts the app and times each query. */
async function timeOne(client) {
  Object.assign(process.env, ENV);
  process.chdir(repoDir);
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const prepare = require('./prepare');
  const distDir = path.join(repoDir, 'dist');
  const log = (line) => process.stderr.write(`[${client}] ${line}\n`);

  let usePrepared;
  if (client === 'postgres') {
    const server = postgresServer(process.env.BENCH_PG_URL);
    const name = `bench_public_api_${ITEMS}`;
    if (!(await server.exists(name))) {
      await server.drop(`${name}_tmp`);
      await server.create(`${name}_tmp`);
      process.env.DATABASE_URL = server.urlOf(`${name}_tmp`);
      usePrepared = async () => {
        await server.query(`ALTER DATABASE "${name}_tmp" RENAME TO "${name}"`);
        process.env.DATABASE_URL = server.urlOf(name);
      };
    } else {
      process.env.DATABASE_URL = server.urlOf(name);
    }
  } else {
    process.env.DATABASE_URL = '';
    const database = path.join(workDir, `bench-${ITEMS}.db`);
    fs.mkdirSync(workDir, { recursive: true });
    if (!fs.existsSync(database)) {
      process.env.DATABASE_FILENAME = `${database}.tmp`;
      usePrepared = async () => {
        fs.renameSync(`${database}.tmp`, database);
        process.env.DATABASE_FILENAME = database;
      };
    } else {
      process.env.DATABASE_FILENAME = database;
    }
  }

  await compileStrapi();
  if (usePrepared) {
    const t = Date.now();
    await prepare({ appDir: repoDir, distDir, items: ITEMS });
    await usePrepared();
    log(`prepared ${ITEMS} items in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  let t = Date.now();
  const strapi = await createStrapi({ appDir: repoDir, distDir }).load();
  const startup = (Date.now() - t) / 1000;
  log(`started (search tables caught up with the articles table) in ${startup.toFixed(1)} s`);
  if (client === 'postgres') await strapi.db.connection.raw('VACUUM ANALYZE');
  else await strapi.db.connection.raw('ANALYZE');
  const { publicApiOf } = require(path.join(distDir, 'src/public-api/index.js'));
  const { endpoints } = publicApiOf(strapi);
  const results = { startup, queries: {} };
  for (const query of QUERIES) {
    const runs = [];
    let total;
    for (let i = 0; i < RUNS; i += 1) {
      t = process.hrtime.bigint();
      const response = await endpoints.articles(query);
      runs.push(Number(process.hrtime.bigint() - t) / 1e6);
      total = JSON.parse(response.body).meta.pagination.total;
    }
    runs.sort((a, b) => a - b);
    results.queries[query] = { median: runs[Math.floor(runs.length / 2)], max: runs[runs.length - 1], total };
    log(`${(query || '(newest)').padEnd(40)} median ${results.queries[query].median.toFixed(1).padStart(7)} ms  (total ${total})`);
  }
  await strapi.destroy();
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

function main() {
  const clients = ['sqlite', ...(process.env.DATABASE_URL ? ['postgres'] : [])];
  const results = {};
  for (const client of clients) {
    const out = execFileSync(process.execPath, [__filename], {
      env: { ...process.env, BENCH_CHILD: client, BENCH_PG_URL: process.env.DATABASE_URL || '' },
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
    });
    results[client] = JSON.parse(out.toString().trim().split('\n').pop());
  }
  const cell = (r) => (r ? `${r.median.toFixed(1)} ms`.padStart(10) : ''.padStart(10));
  console.log(`\n${ITEMS} published items, median of ${RUNS} uncached runs (total = matches counted)\n`);
  console.log(`| ${'query'.padEnd(40)} | ${clients.map((c) => c.padStart(10)).join(' | ')} | total |`);
  console.log(`|${'-'.repeat(42)}|${clients.map(() => '-'.repeat(12)).join('|')}|-------|`);
  for (const query of QUERIES) {
    const totals = [...new Set(clients.map((c) => results[c].queries[query].total))].join(' / ');
    console.log(`| ${(query || '(newest)').padEnd(40)} | ${clients.map((c) => cell(results[c].queries[query])).join(' | ')} | ${totals} |`);
  }
  console.log(`| ${'start-up (re-index check)'.padEnd(40)} | ${clients.map((c) => `${results[c].startup.toFixed(1)} s`.padStart(10)).join(' | ')} | |`);
}

if (process.env.BENCH_CHILD) {
  timeOne(process.env.BENCH_CHILD).catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main();
}
