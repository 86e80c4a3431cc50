// Unit tests sit beside the code (src/.../__tests__); integration suites boot a real Strapi (tests/).
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json' }] };
const shared = {
  testEnvironment: 'node',
  transform,
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.tmp/', '<rootDir>/build/'],
};

module.exports = {
  // Integration suites boot Strapi (a few seconds, more on PostgreSQL).
  testTimeout: 120000,
  // Suites run in worker processes, never in jest's own: one by default, TEST_WORKERS side by side
  // (.ci/run: 2, one per core; each suite has its own database and public folder). A worker that has
  // grown past workerIdleMemoryLimit after a suite is replaced by a fresh one. Each booted Strapi
  // leaves a few hundred MB that one long-lived process never gives back: run in band, the 60th
  // suite ran three times slower than alone (turnaround: 23.8 s against 7.7 s, the process at
  // 4.1 GB, garbage collection most of the time), and the SQLite run took 18.3 min against 10.1 min
  // with this limit (both on a quiet machine, one suite at a time).
  maxWorkers: Number(process.env.TEST_WORKERS) || 1,
  workerIdleMemoryLimit: '700MB',
  // The longest suites first, from the durations committed in tests/harness/suite-durations.json
  // (a clean clone has no jest cache to order by): see tests/harness/sequencer.js.
  testSequencer: '<rootDir>/tests/harness/sequencer.js',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      roots: ['<rootDir>/src'],
      testMatch: ['**/__tests__/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      // The browser suite needs a started app and chromium: npm run test:e2e (jest.e2e.config.js).
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
      globalSetup: '<rootDir>/tests/harness/compile.js',
      globalTeardown: '<rootDir>/tests/harness/teardown.js',
      // A public folder (uploads) per suite file, so that suites can run side by side.
      setupFilesAfterEnv: ['<rootDir>/tests/harness/own-public-dir.js'],
    },
  ],
};
