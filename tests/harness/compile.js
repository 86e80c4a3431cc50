// Jest global setup: compile the TypeScript app into dist/ once; every suite then boots from it
// (a compileStrapi() per suite would have parallel workers rewrite the same dist/ under each other).
// Suites side by side (TEST_WORKERS > 1) on a clone without the admin panel's build: `strapi build`
// here, which compiles as well, since tests/security-production.test.ts would otherwise build it
// in the middle of the run and rewrite dist/ under the suites reading it.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { compileStrapi } = require('@strapi/strapi');
const { makeTemplate } = require('./template-database');

const root = path.resolve(__dirname, '..', '..');

module.exports = async () => {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const sideBySide = Number(process.env.TEST_WORKERS) > 1;
  if (sideBySide && !fs.existsSync(path.join(root, 'dist', 'build', 'index.html'))) {
    execFileSync(path.join(root, 'node_modules', '.bin', 'strapi'), ['build'], { cwd: root, env: process.env, stdio: 'inherit' });
  } else {
    await compileStrapi();
  }
  // The suites' commands (npm run seed:demo, import:units, import:people: scripts/run.js) boot this
  // dist/ as it is: compiling again would rewrite it under the suites and processes reading it (a
  // relay restarted meanwhile loaded a half-written file: seen in CI).
  process.env.NEWSROOM_COMPILED = 'true';
  // The database every suite copies (template-database.js), from the app just compiled.
  await makeTemplate();
};
