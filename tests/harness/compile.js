// Jest global setup: compile the TypeScript app into dist/ once; every suite then boots from it
// (parallel compileStrapi() calls race, strapi/strapi#27670).
const { compileStrapi } = require('@strapi/strapi');

module.exports = async () => {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await compileStrapi();
};
