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
    },
  ],
};
