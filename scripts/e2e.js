#!/usr/bin/env node
// npm run test:e2e: the browser suite (tests/e2e) against a real `strapi start` with demo data.
//   1. builds the app and the admin panel (`strapi build`), unless E2E_SKIP_BUILD=true;
//   2. seeds reference and demo data into a fresh database (a temporary SQLite file, or a fresh
//      PostgreSQL database on the server of DATABASE_URL), then `strapi start`s on a free port;
//      with E2E_WORKERS=N, N such apps, each with its own copy of that database; meanwhile it
//      launches one chromium per worker (a playwright browser server);
//   3. runs jest with jest.e2e.config.js, N files at a time, worker n driving app n (E2E_BASE_URLS)
//      with chromium n (E2E_BROWSER_ENDPOINTS), the people's signed-in states kept in E2E_AUTH_DIR;
//   4. stops the apps and browsers and removes their databases, whatever happened.
// Exit code: jest's, or 1 with the reason when a step before it failed. Server log and
// screenshots are left in tests/e2e/artifacts/.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { TEST_ENV } = require('../tests/harness/app-env');
const { freshDatabase } = require('../tests/harness/fresh-database');
const { freePort } = require('../tests/harness/free-port');
const { stopProcess } = require('../tests/harness/app-process');
const { until } = require('../tests/harness/until');
const { chromium } = require('playwright-core');
const { BROWSER_OPTIONS, CHROMIUM } = require('../tests/e2e/harness/chromium');

const root = path.resolve(__dirname, '..');
const artifacts = path.join(root, 'tests', 'e2e', 'artifacts');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const BOOT_TIMEOUT_MS = 180000;

/** The integration tests' secrets and switches (cron off), on 127.0.0.1. */
const APP_ENV = {
  ...TEST_ENV,
  HOST: '127.0.0.1',
  // The suite logs in several actors in a row from one address.
  PUBLIC_API_RATE_LIMIT: '0',
  // …and the same person in several files within five minutes (the head six times): Strapi's own
  // log-in limit, 5 per e-mail and address in five minutes, refused the sixth (429), seen in CI.
  ADMIN_LOGIN_RATE_LIMIT_MAX: '50',
};

const log = (line) => process.stdout.write(`[e2e] ${line}\n`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

class StepError extends Error {}

/** Runs a command to its end; output goes to ours, or to `logFile`. */
function run(command, args, { env = {}, logFile } = {}) {
  return new Promise((resolve, reject) => {
    const out = logFile ? fs.openSync(logFile, 'a') : 'inherit';
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (logFile) fs.closeSync(out);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Polls the app's health route until it answers, the process dies or the time is up. */
async function waitUntilUp(baseUrl, server, logFile) {
  const answers = async () => {
    if (server.exitCode !== null) throw new StepError(`strapi start exited with code ${server.exitCode} before answering; see ${logFile}`);
    return fetch(`${baseUrl}/_health`).then(
      (res) => res.ok,
      () => false // not listening yet
    );
  };
  try {
    await until(answers, `${baseUrl}/_health`, { timeoutMs: BOOT_TIMEOUT_MS, intervalMs: 500 });
  } catch (error) {
    if (error instanceof StepError) throw error;
    throw new StepError(`strapi start did not answer ${baseUrl}/_health within ${BOOT_TIMEOUT_MS / 1000} s; see ${logFile}`);
  }
}

function tail(file, lines = 30) {
  if (!fs.existsSync(file)) return '';
  return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

async function main() {
  const started = Date.now();
  fs.mkdirSync(artifacts, { recursive: true });
  const serverLog = path.join(artifacts, 'server.log');

  if (process.env.E2E_SKIP_BUILD === 'true') {
    if (!fs.existsSync(path.join(root, 'dist', 'build', 'index.html'))) {
      throw new StepError('E2E_SKIP_BUILD=true but dist/build/index.html is missing: run `npm run build` first');
    }
    log('build skipped (E2E_SKIP_BUILD=true)');
  } else {
    log('building the app and the admin panel (strapi build, about 2 min)…');
    const t = Date.now();
    const code = await run(bin('strapi'), ['build'], { env: { STRAPI_TELEMETRY_DISABLED: 'true' } });
    if (code !== 0) throw new StepError(`strapi build failed (exit code ${code})`);
    log(`built in ${seconds(t)}`);
  }

  // One app per jest worker, each on its own database seeded alike, so that files running side by
  // side never see each other's items (E2E_WORKERS; CI: 2, one per core).
  const workers = Math.max(1, Number(process.env.E2E_WORKERS) || 1);
  const apps = [];
  const browsers = [];
  let browsersUp = Promise.resolve([]);
  // Signed-in browser states of the demo's people, for this run only (tests/e2e/harness/browser.ts).
  const authDir = path.join(root, '.tmp', `e2e-auth-${process.pid}`);
  fs.rmSync(authDir, { recursive: true, force: true });
  /** App n on its database and port, its log beside the others. */
  const appOn = (database, n, port) => {
    const baseUrl = `http://127.0.0.1:${port}`;
    const logFile = workers === 1 ? serverLog : path.join(artifacts, `server-${n}.log`);
    fs.rmSync(logFile, { force: true });
    return { database, baseUrl, logFile, env: { ...APP_ENV, ...database.env, PORT: String(port), PUBLIC_URL: baseUrl } };
  };
  // Ctrl-C or a CI timeout: still stop the apps and browsers and remove the databases.
  const stopAll = () =>
    Promise.all([
      ...apps.map(async ({ server, database }) => {
        if (server) await stopProcess(server);
        await database.drop().catch((error) => log(`could not remove ${database.label}: ${error.message}`));
      }),
      // Once launched, even when a step before the tests failed.
      browsersUp
        .catch(() => undefined)
        .then(() => Promise.all(browsers.map((browser) => browser.close().catch((error) => log(`could not close a browser: ${error.message}`))))),
      fs.promises.rm(authDir, { recursive: true, force: true }),
    ]);
  const interrupted = async (signal) => {
    log(`${signal}: stopping the apps and removing their databases…`);
    await stopAll();
    process.exit(1);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    let t = Date.now();
    // The worker's chromium, one per jest worker for the whole run (tests/e2e/harness/browser.ts
    // connects to it), launched while the data is seeded.
    if (!fs.existsSync(CHROMIUM)) throw new StepError(`${CHROMIUM} is missing: apt-get install -y chromium`);
    browsersUp = Promise.all(
      Array.from({ length: workers }, async () => {
        const server = await chromium.launchServer(BROWSER_OPTIONS);
        browsers.push(server);
        return server.wsEndpoint();
      })
    );
    browsersUp.catch(() => undefined); // awaited below; a failure is reported there
    // The demo is seeded once, into app 1's database; the other apps start from a copy of it (a file
    // copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL), seeded alike at a fraction of the cost.
    const first = await freshDatabase({ prefix: 'newsroom_e2e' });
    apps.push(appOn(first, 1, await freePort()));
    log(`seeding reference and demo data into ${first.label}…`);
    const seedCode = await run(process.execPath, [path.join(__dirname, 'e2e-seed.js')], { env: apps[0].env, logFile: apps[0].logFile });
    if (seedCode !== 0) throw new StepError(`seeding failed (exit code ${seedCode}):\n${tail(apps[0].logFile)}`);
    const template = { kind: first.kind, name: first.name, file: first.env.DATABASE_FILENAME || '' };
    for (let n = 2; n <= workers; n += 1) {
      const database = await freshDatabase({ prefix: 'newsroom_e2e', template });
      apps.push(appOn(database, n, await freePort()));
    }
    log(`seeded in ${seconds(t)}${workers > 1 ? `, copied to ${apps.slice(1).map((app) => app.database.label).join(', ')}` : ''}`);

    t = Date.now();
    for (const app of apps) {
      log(`starting the app on ${app.baseUrl} (log: ${path.relative(root, app.logFile)})…`);
      const out = fs.openSync(app.logFile, 'a');
      app.server = spawn(bin('strapi'), ['start'], { cwd: root, env: { ...process.env, ...app.env }, stdio: ['ignore', out, out] });
      fs.closeSync(out);
    }
    await Promise.all(apps.map((app) => waitUntilUp(app.baseUrl, app.server, path.relative(root, app.logFile))));
    const endpoints = await browsersUp;
    log(`up in ${seconds(t)}`);

    log(`running the browser suite (jest.e2e.config.js, ${workers} at a time)…`);
    t = Date.now();
    const extra = process.argv.slice(2);
    const code = await run(bin('jest'), ['--config', 'jest.e2e.config.js', ...(workers === 1 ? ['--runInBand'] : [`--maxWorkers=${workers}`]), ...extra], {
      // tests/e2e/harness/browser.ts: worker n drives app n.
      env: {
        E2E_BASE_URL: apps[0].baseUrl,
        E2E_BASE_URLS: apps.map((app) => app.baseUrl).join(','),
        E2E_BROWSER_ENDPOINTS: endpoints.join(','),
        E2E_AUTH_DIR: authDir,
        STRAPI_TELEMETRY_DISABLED: 'true',
      },
    });
    log(`browser suite ${code === 0 ? 'passed' : `FAILED (exit code ${code})`} in ${seconds(t)}; screenshots in ${path.relative(root, artifacts)}/`);
    if (code !== 0) for (const app of apps) log(`last lines of ${path.relative(root, app.logFile)}:\n${tail(app.logFile, 20)}`);
    return code;
  } finally {
    await stopAll();
    log(`apps stopped, databases removed; total ${seconds(started)}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(`FAILED: ${error instanceof StepError ? error.message : error.stack || error}`);
    process.exit(1);
  }
);
