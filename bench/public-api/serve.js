// Boots a Strapi app (appDir, distDir from argv) and listens on PORT, then prints "ready".
const { createStrapi } = require('@strapi/strapi');

const [appDir, distDir] = process.argv.slice(2);

(async () => {
  const strapi = createStrapi({ appDir, distDir });
  await strapi.load();
  await strapi.listen();
  process.stdout.write('ready\n');
  process.on('SIGTERM', async () => {
    await strapi.destroy();
    process.exit(0);
  });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
