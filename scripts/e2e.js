#!/usr/bin/env node
// npm run test:e2e: the browser suite (tests/e2e) against a real `strapi start` with demo data.
//   1. builds the app and the admin panel (`strapi build`), unless E2E_SKIP_BUILD=true;
//   2. seeds reference and demo data into a fresh database (a temporary SQLite file, or a fresh
//      PostgreSQL database on the server of DATABASE_URL), then `strapi start`s on a free port;
//   3. runs jest with jest.e2e.config.js, E2E_BASE_URL pointing at the app;
//   4. stops the app and removes the database, whatever happened.
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
  fs.rmSync(serverLog, { force: true });

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

  const database = await freshDatabase({ prefix: 'newsroom_e2e' });
  let server;
  // Ctrl-C or a CI timeout: still stop the app and remove the database.
  const interrupted = async (signal) => {
    log(`${signal}: stopping the app and removing ${database.label}…`);
    await stopProcess(server);
    await database.drop().catch(() => undefined);
    process.exit(1);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env = { ...APP_ENV, ...database.env, PORT: String(port), PUBLIC_URL: baseUrl };

    log(`seeding reference and demo data into ${database.label}…`);
    let t = Date.now();
    const seedCode = await run(process.execPath, [path.join(__dirname, 'e2e-seed.js')], { env, logFile: serverLog });
    if (seedCode !== 0) throw new StepError(`seeding failed (exit code ${seedCode}):\n${tail(serverLog)}`);
    log(`seeded in ${seconds(t)}`);

    log(`starting the app on ${baseUrl} (log: ${path.relative(root, serverLog)})…`);
    t = Date.now();
    const out = fs.openSync(serverLog, 'a');
    server = spawn(bin('strapi'), ['start'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    await waitUntilUp(baseUrl, server, path.relative(root, serverLog));
    log(`up in ${seconds(t)}`);

    log('running the browser suite (jest.e2e.config.js)…');
    t = Date.now();
    const extra = process.argv.slice(2);
    const code = await run(bin('jest'), ['--config', 'jest.e2e.config.js', '--runInBand', ...extra], {
      env: { E2E_BASE_URL: baseUrl, STRAPI_TELEMETRY_DISABLED: 'true' },
    });
    log(`browser suite ${code === 0 ? 'passed' : `FAILED (exit code ${code})`} in ${seconds(t)}; screenshots in ${path.relative(root, artifacts)}/`);
    if (code !== 0) log(`last lines of the server log:\n${tail(serverLog, 20)}`);
    return code;
  } finally {
    await stopProcess(server);
    await database.drop().catch((error) => log(`could not remove ${database.label}: ${error.message}`));
    log(`app stopped, ${database.label} removed; total ${seconds(started)}`);
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    log(`FAILED: ${error instanceof StepError ? error.message : error.stack || error}`);
    process.exit(1);
  }
);
