#!/usr/bin/env node
// Runs one of the project's commands (src/cli.ts) inside a booted Strapi: seeds and imports.
//   node scripts/run.js seed | seed-demo | import-units FILE.csv | import-people FILE.csv [--dry-run] | report --month YYYY-MM
const { ensureEnv } = require('./ensure-env');

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'seed-demo' && process.env.NODE_ENV === 'production') {
    console.error('Từ chối: không tạo dữ liệu mẫu khi NODE_ENV=production (seed:demo refuses to run in production).');
    return 1;
  }
  ensureEnv();
  process.env.STRAPI_DISABLE_CRON = 'true';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const root = require('path').resolve(__dirname, '..');
  // NEWSROOM_COMPILED=true (the test harness, tests/harness/compile.js): dist/ is compiled already,
  // and other processes are reading it; otherwise compile first, as `strapi develop` would.
  const appContext = process.env.NEWSROOM_COMPILED === 'true' ? { appDir: root, distDir: require('path').join(root, 'dist') } : await compileStrapi();
  const app = await createStrapi(appContext).load();
  try {
    const { runCommand } = require(require('path').join(appContext.distDir, 'src', 'cli'));
    return await runCommand(app, command, args);
  } finally {
    await app.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
);
