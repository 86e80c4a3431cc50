// One database the integration suites start from, made once per run (jest's global setup): a fresh
// database on which the app has booted once, so it holds the schema and what every boot seeds (units,
// topics, lines, roles, settings). Each suite then gets a copy (fresh-database.js: `CREATE DATABASE …
// TEMPLATE` on PostgreSQL, a file copy on SQLite) instead of building the schema again: a first boot
// took 6.5 s and a boot on a database already there 3.5 s (this machine, PostgreSQL and SQLite alike),
// across some 60 suites on each database. A copy behaves as the app's second start on that database,
// which every seed and migration of the app must already survive. TEST_TEMPLATE_DB=0 turns it off.
const { spawnSync } = require('child_process');
const path = require('path');
const { TEST_ENV } = require('./app-env');
const { freshDatabase, postgresServer, removeSqliteFiles } = require('./fresh-database');

const root = path.resolve(__dirname, '..', '..');
/** Where the workers find the template: JSON of { kind, name, file } (the workers inherit the setup's env). */
const TEMPLATE_ENV = 'TEST_TEMPLATE_DATABASE';

/** Boots the compiled app once on a new database, in a process of its own, and names it for the workers. */
async function makeTemplate() {
  if (process.env.TEST_TEMPLATE_DB === '0') return;
  const database = await freshDatabase({ prefix: 'newsroom_template' });
  const boot = spawnSync(process.execPath, [path.join(__dirname, 'boot-once.js')], {
    cwd: root,
    env: { ...process.env, ...TEST_ENV, ...database.env },
    stdio: ['ignore', 'inherit', 'inherit'],
    timeout: 180000,
  });
  if (boot.status !== 0) {
    await database.drop();
    throw new Error(`the template database did not boot (exit ${boot.status}, ${boot.error || 'see the log above'})`);
  }
  process.env[TEMPLATE_ENV] = JSON.stringify({ kind: database.kind, name: database.name, file: database.env.DATABASE_FILENAME || '' });
}

/** The template made by makeTemplate, if any. @returns {{ kind: 'sqlite' | 'postgres', name: string, file: string } | undefined} */
function templateOf() {
  const named = process.env[TEMPLATE_ENV];
  return named ? JSON.parse(named) : undefined;
}

/** Jest's global teardown: the template goes. */
async function dropTemplate() {
  const template = templateOf();
  if (!template) return;
  if (template.kind === 'postgres') await postgresServer(process.env.DATABASE_URL || '').drop(template.name);
  else removeSqliteFiles(template.file);
  delete process.env[TEMPLATE_ENV];
}

module.exports = { makeTemplate, templateOf, dropTemplate };
