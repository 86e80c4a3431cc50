// The environment of every throw-away app this repository starts: the integration suites, the
// browser run (scripts/e2e.js) and the benchmarks (bench/*). One source, test-env.json: throw-away
// secrets, cron off, no telemetry, no first-run seeding.
const TEST_ENV = require('./test-env.json');

/**
 * The benchmarks' apps: the same, in production mode (what a real server runs), on 127.0.0.1.
 * @type {Record<string, string>}
 */
const BENCH_ENV = { ...TEST_ENV, NODE_ENV: 'production', HOST: '127.0.0.1' };

/** @type {Record<string, string>} */
const testEnv = TEST_ENV;

module.exports = { TEST_ENV: testEnv, BENCH_ENV };
