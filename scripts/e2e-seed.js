#!/usr/bin/env node
// Part of npm run test:e2e: loads reference and demo data (npm run seed:demo's command) into the
// database named by the environment, booting the app already compiled into dist/ by `strapi build`
// (compileStrapi() again would cost half a minute).
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const root = path.resolve(__dirname, '..');
const distDir = path.join(root, 'dist');

(async () => {
  const app = await createStrapi({ appDir: root, distDir }).load();
  try {
    const { runCommand } = require(path.join(distDir, 'src', 'cli'));
    return await runCommand(app, 'seed-demo', []);
  } finally {
    await app.destroy();
  }
})().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  }
);
