// The environment of every throw-away app this repository starts: the integration suites, the
// browser run (scripts/e2e.js) and the benchmarks (bench/*). One source, test-env.json: throw-away
// secrets, cron off, no telemetry, no first-run seeding.
const crypto = require('crypto');
const TEST_ENV = require('./test-env.json');

/** The secrets of test-env.json, each made afresh (production refuses known values: src/production-secrets.ts). */
const freshSecrets = () => {
  const secret = () => crypto.randomBytes(24).toString('base64');
  return {
    APP_KEYS: [secret(), secret()].join(','),
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  };
};

/**
 * The benchmarks' apps: the same switches, in production mode (what a real server runs), on
 * 127.0.0.1, with secrets of this process's own.
 * @type {Record<string, string>}
 */
const BENCH_ENV = { ...TEST_ENV, ...freshSecrets(), NODE_ENV: 'production', HOST: '127.0.0.1' };

/** @type {Record<string, string>} */
const testEnv = TEST_ENV;

module.exports = { TEST_ENV: testEnv, BENCH_ENV };
