// Jest global setup: compile the TypeScript app into dist/ once; every suite then boots from it
// (a compileStrapi() per suite would have parallel workers rewrite the same dist/ under each other).
const { compileStrapi } = require('@strapi/strapi');

module.exports = async () => {
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  await compileStrapi();
};
