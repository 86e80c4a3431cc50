// What every benchmark's Strapi needs whatever it measures: throw-away secrets, no cron, no
// telemetry, no first-run seeding. Each benchmark adds its own mode, log level and database.
module.exports.BENCH_STRAPI_ENV = {
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_DISABLE_CRON: 'true',
  SEED_ON_FIRST_RUN: 'false',
  APP_KEYS: 'bench-1,bench-2',
  API_TOKEN_SALT: 'bench',
  ADMIN_JWT_SECRET: 'bench',
  TRANSFER_TOKEN_SALT: 'bench',
  JWT_SECRET: 'bench',
  ENCRYPTION_KEY: 'bench',
};
