// The browser suite (npm run test:e2e, scripts/e2e.js): playwright-core drives Debian's chromium
// against an app started by the runner at E2E_BASE_URL. Kept out of `npm test` (jest.config.js).
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }] },
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tmp/', '<rootDir>/build/'],
  // A step waits on the admin panel (lazy chunks, Strapi's own requests): generous but bounded.
  testTimeout: 180000,
  // A file's tests build on each other, in order, in one worker: a test whose predecessor
  // failed stops at once (needItem() in tests/e2e/workflow.e2e.ts), and step() in
  // tests/e2e/harness/browser.ts screenshots what every browser showed at a failure.
  // One file at a time by default; scripts/e2e.js passes --maxWorkers=E2E_WORKERS with one app per worker.
  maxWorkers: 1,
};
