// Boots the compiled app once and stops it (template-database.js): its database then holds the schema
// and the boot's seeds.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');

createStrapi({ appDir, distDir: path.join(appDir, 'dist') })
  .load()
  .then((strapi) => strapi.destroy())
  .then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    }
  );
