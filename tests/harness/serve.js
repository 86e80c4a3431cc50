// Boots a compiled Strapi app and listens on PORT, then prints "ready" (app-process.js waits for it).
//   node tests/harness/serve.js [appDir distDir]
// Without arguments, this repository's app as compiled into dist/ (compile.js). The two-process
// suites start two of these on one PostgreSQL database; bench/public-api starts its apps with it.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const repoDir = path.resolve(__dirname, '..', '..');
const [appDir = repoDir, distDir = path.join(repoDir, 'dist')] = process.argv.slice(2);

(async () => {
  const strapi = createStrapi({ appDir, distDir });
  await strapi.load();
  await strapi.listen();
  process.stdout.write('ready\n');
  const stop = async () => {
    await strapi.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
