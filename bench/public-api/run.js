#!/usr/bin/env node
// npm run bench:public-api — see README.md in this folder.
const fs = require('fs');
const path = require('path');
const http = require('http');
const prepare = require('./prepare');
const writeVanillaProject = require('./vanilla');
const { BENCH_ENV } = require('../../tests/harness/app-env');
const { removeSqliteFiles } = require('../../tests/harness/fresh-database');
const { freePort } = require('../../tests/harness/free-port');
const { SERVE, startReadyProcess, stopProcess } = require('../../tests/harness/app-process');

const repoDir = path.resolve(__dirname, '..', '..');
const workDir = process.env.BENCH_DIR || '/tmp/bench-public-api';
const ITEMS = Number(process.env.BENCH_ITEMS || 10_000);
const DURATION = process.env.BENCH_DURATION || '10s';
const CONNECTIONS = process.env.BENCH_CONNECTIONS || '20';
const THREADS = process.env.BENCH_THREADS || '2';
const database = path.join(workDir, `bench-${ITEMS}.db`);

const baseEnv = {
  ...process.env,
  ...BENCH_ENV,
  DATABASE_URL: '',
  // The limiter stays in the measured path, with a limit no benchmark reaches.
  PUBLIC_API_RATE_LIMIT: '1000000000',
};

const log = (line) => process.stderr.write(`${line}\n`);

/** A server process (`script` prints "ready" once it listens on PORT) on a free port. */
async function start(name, script, args, env) {
  const port = await freePort();
  // A first start on a fresh copy catches its search tables up with every item before it listens.
  const child = await startReadyProcess(script, args, { env: { ...baseEnv, ...env, PORT: String(port) }, label: name, timeoutMs: 600_000 });
  return { url: `http://127.0.0.1:${port}`, stop: () => stopProcess(child) };
}

function fetchBytes(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => (res.statusCode === 200 ? resolve(Buffer.concat(chunks)) : reject(new Error(`${url}: ${res.statusCode} ${Buffer.concat(chunks)}`))));
    }).on('error', reject);
  });
}

const toMs = (value) => {
  const [, n, unit] = /^([\d.]+)(us|ms|s|m)$/.exec(value) || [];
  const ms = Number(n) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit];
  if (Number.isNaN(ms)) throw new Error(`cannot read wrk latency "${value}"`);
  return ms;
};

const execFileAsync = require('util').promisify(require('child_process').execFile);

async function wrk(url, duration = DURATION) {
  const { stdout: out } = await execFileAsync('wrk', [`-t${THREADS}`, `-c${CONNECTIONS}`, `-d${duration}`, '--latency', url]);
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  if (errors) throw new Error(`${url}: ${errors[1]} error responses\n${out}`);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)[1]),
    p50: toMs(/^\s*50%\s+(\S+)\s*$/m.exec(out)[1]),
    p99: toMs(/^\s*99%\s+(\S+)\s*$/m.exec(out)[1]),
  };
}

/** A short run first (JIT, connections, the cache when it is on), then the measured one. */
async function measure(url) {
  await wrk(url, '3s');
  return wrk(url);
}

async function main() {
  if (require('child_process').spawnSync('wrk', ['-v']).error) {
    throw new Error('wrk is not installed: apt-get install -y wrk');
  }
  fs.mkdirSync(workDir, { recursive: true });
  log('compiling the app (dist/)…');
  process.chdir(repoDir);
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi();
  const distDir = path.join(repoDir, 'dist');

  if (!fs.existsSync(database)) {
    log(`preparing ${ITEMS} published items in ${database}…`);
    Object.assign(process.env, baseEnv, { DATABASE_FILENAME: `${database}.tmp` });
    fs.rmSync(`${database}.tmp`, { force: true });
    await prepare({ appDir: repoDir, distDir, items: ITEMS });
    fs.renameSync(`${database}.tmp`, database);
  }
  const ourDb = path.join(workDir, 'ours.db');
  const vanillaDb = path.join(workDir, 'vanilla.db');
  for (const copy of [ourDb, vanillaDb]) {
    removeSqliteFiles(copy);
    fs.copyFileSync(database, copy);
  }

  // Vanilla runs on the rows alone: without the indexes and search tables our app adds
  // (BENCH_VANILLA_KEEP_INDEXES=true keeps our indexes, for a harder comparison).
  const keepIndexes = process.env.BENCH_VANILLA_KEEP_INDEXES === 'true';
  const Sqlite = require('better-sqlite3');
  const vanillaSqlite = new Sqlite(vanillaDb);
  for (const { type, name } of vanillaSqlite
    .prepare(
      `SELECT type, name FROM sqlite_master WHERE (name LIKE 'public_article_search%' AND type IN ('table', 'trigger'))${keepIndexes ? '' : " OR (name LIKE 'public_api_%' AND type = 'index')"}`
    )
    .all()) {
    try {
      vanillaSqlite.exec(`DROP ${type.toUpperCase()} IF EXISTS "${name}"`);
    } catch {
      // FTS5 shadow tables go with their virtual table.
    }
  }
  vanillaSqlite.close();

  // The middle item (bench-5000 at the default size), so that a smaller BENCH_ITEMS works too.
  const slug = `bench-${Math.floor(ITEMS / 2)}`;
  const ours = { list: '/api/articles', bySlug: `/api/articles/by-slug/${slug}` };
  const populate =
    'populate[unit][fields][0]=name&populate[unit][fields][1]=code&populate[topics][fields][0]=code&populate[topics][fields][1]=title&populate[cover]=true';
  const vanilla = {
    list: `/api/articles?fields[0]=title&fields[1]=slug&fields[2]=summary&fields[3]=kind&fields[4]=publishedAt&${populate}&sort=publishedAt:desc&pagination[pageSize]=20`,
    bySlug: `/api/articles?filters[slug][$eq]=${slug}&${populate}&populate[gallery]=true`,
  };
    const results = {};

  log('our API, cache on (warm)…');
  let server = await start('our app', SERVE, [repoDir, distDir], { DATABASE_FILENAME: ourDb });
  const bodies = {};
  for (const [name, url] of Object.entries(ours)) {
    bodies[name] = path.join(workDir, `${name}.json`);
    fs.writeFileSync(bodies[name], await fetchBytes(server.url + url));
    results[`warm ${name}`] = await measure(server.url + url);
  }
  await server.stop();

  log('our API, cache off (cold: every request computed)…');
  server = await start('our app', SERVE, [repoDir, distDir], { DATABASE_FILENAME: ourDb, PUBLIC_API_CACHE: 'false' });
  for (const [name, url] of Object.entries(ours)) results[`cold ${name}`] = await measure(server.url + url);
  await server.stop();

  log('vanilla Strapi core find…');
  const vanillaDir = path.join(workDir, 'vanilla');
  writeVanillaProject({ repoDir, dir: vanillaDir });
  server = await start('vanilla', SERVE, [vanillaDir, vanillaDir], { DATABASE_FILENAME: vanillaDb });
  for (const [name, url] of Object.entries(vanilla)) {
    const body = JSON.parse(await fetchBytes(server.url + url));
    if (!body.data?.length) throw new Error(`vanilla ${name} returned no item`);
    results[`vanilla ${name}`] = await measure(server.url + url);
  }
  await server.stop();

  log('bare Node http server, same bytes (ceiling)…');
  const routes = path.join(workDir, 'bare-routes.json');
  fs.writeFileSync(routes, JSON.stringify({ [ours.list]: bodies.list, [ours.bySlug]: bodies.bySlug }));
  server = await start('bare', path.join(__dirname, 'bare.js'), [routes], {});
  for (const [name, url] of Object.entries(ours)) results[`ceiling ${name}`] = await measure(server.url + url);
  await server.stop();

  const sizes = Object.fromEntries(Object.entries(bodies).map(([name, file]) => [name, fs.statSync(file).size]));
  const row = (label, r, extra = '') =>
    `| ${label.padEnd(22)} | ${r.rps.toFixed(0).padStart(8)} | ${r.p50.toFixed(2).padStart(7)} | ${r.p99.toFixed(2).padStart(7)} | ${extra.padEnd(34)} |`;
  const lines = [
    `Public API benchmark: ${ITEMS} published items, SQLite${keepIndexes ? ' (vanilla with our indexes)' : ''}, wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION}, node ${process.version}, ${require('os').cpus().length} CPUs`,
    `list = 20 items (${sizes.list} bytes), by-slug = one item in full (${sizes.bySlug} bytes)`,
    '',
    '| run                    |    req/s | p50 ms  | p99 ms  | ratios                             |',
    '|------------------------|---------:|--------:|--------:|------------------------------------|',
  ];
  for (const name of ['list', 'bySlug']) {
    const v = results[`vanilla ${name}`];
    const c = results[`ceiling ${name}`];
    const w = results[`warm ${name}`];
    const k = results[`cold ${name}`];
    lines.push(row(`vanilla ${name}`, v, '1.0× vanilla'));
    lines.push(row(`ours warm ${name}`, w, `${(w.rps / v.rps).toFixed(1)}× vanilla, ${((100 * w.rps) / c.rps).toFixed(0)} % of ceiling`));
    lines.push(row(`ours cold ${name}`, k, `${(k.rps / v.rps).toFixed(1)}× vanilla`));
    lines.push(row(`ceiling ${name}`, c, `${(c.rps / v.rps).toFixed(1)}× vanilla`));
  }
  const targets = ['list', 'bySlug'].map((name) => {
    const v = results[`vanilla ${name}`].rps;
    const warm = results[`warm ${name}`].rps;
    const cold = results[`cold ${name}`].rps;
    const ceiling = results[`ceiling ${name}`].rps;
    return `${name}: warm ≥ 20× vanilla ${warm >= 20 * v ? 'met' : 'MISSED'}, warm ≥ 25 % of ceiling ${warm >= 0.25 * ceiling ? 'met' : 'MISSED'}, cold ≥ vanilla ${cold >= v ? 'met' : 'MISSED'}`;
  });
  process.stdout.write(`${[...lines, '', ...targets].join('\n')}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
