#!/usr/bin/env node
// Times the item list with search, filters and deep pages on BENCH_ITEMS (default 100,000)
// published items, computed each time (no response cache): `node bench/public-api/search-at-scale.js`.
const fs = require('fs');
const path = require('path');
const prepare = require('./prepare');

const repoDir = path.resolve(__dirname, '..', '..');
const ITEMS = Number(process.env.BENCH_ITEMS || 100_000);
const workDir = process.env.BENCH_DIR || '/tmp/bench-public-api';
const database = path.join(workDir, `bench-${ITEMS}.db`);

Object.assign(process.env, {
  NODE_ENV: 'production', LOG_LEVEL: 'warn', STRAPI_TELEMETRY_DISABLED: 'true', STRAPI_DISABLE_CRON: 'true',
  SEED_ON_FIRST_RUN: 'false', DATABASE_URL: '', APP_KEYS: 'a,b', API_TOKEN_SALT: 'x', ADMIN_JWT_SECRET: 'x',
  TRANSFER_TOKEN_SALT: 'x', JWT_SECRET: 'x', ENCRYPTION_KEY: 'x',
});

(async () => {
  process.chdir(repoDir);
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  await compileStrapi();
  const distDir = path.join(repoDir, 'dist');
  fs.mkdirSync(workDir, { recursive: true });
  if (!fs.existsSync(database)) {
    process.env.DATABASE_FILENAME = `${database}.tmp`;
    let t = Date.now();
    await prepare({ appDir: repoDir, distDir, items: ITEMS });
    fs.renameSync(`${database}.tmp`, database);
    console.log(`prepared ${ITEMS} items in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  process.env.DATABASE_FILENAME = database;
  let t = Date.now();
  const strapi = await createStrapi({ appDir: repoDir, distDir }).load();
  console.log(`started (search index caught up) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const { publicApiOf } = require(path.join(distDir, 'src/public-api/index.js'));
  const { endpoints } = publicApiOf(strapi);
  for (const query of ['', 'q=giao%20duc', 'q=dien%20bien%20vung%20cao', 'q=giao%20duc&topic=III', 'q=kiem%20dinh&page=50', 'topic=III', 'kind=feature&page=200', `page=${Math.floor(ITEMS / 20)}`]) {
    const runs = [];
    let total;
    for (let i = 0; i < 5; i += 1) {
      t = process.hrtime.bigint();
      const response = await endpoints.articles(query);
      runs.push(Number(process.hrtime.bigint() - t) / 1e6);
      total = JSON.parse(response.body).meta.pagination.total;
    }
    runs.sort((a, b) => a - b);
    console.log(`${(query || '(newest)').padEnd(30)} median ${runs[2].toFixed(1).padStart(7)} ms  (total ${total})`);
  }
  await strapi.destroy();
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
