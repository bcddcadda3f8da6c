// Unit specs live beside the code (core/, server/, emulator/, the app's pure code in src/); integration tests in tests/.
// Browser tests (tests/browser) need a built H5 app and Chromium: they run from jest.browser.config.js.
// Functions run in this process's worker threads: give them the platform's clock, which is UTC.
process.env.TZ = 'UTC';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  testMatch: ['<rootDir>/{core,server,emulator,tests,scripts,src}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/browser/', '<rootDir>/tests/weapp/'],
  // WeChat's tools installed on demand (scripts/weapp-tools): not the project's modules.
  modulePathIgnorePatterns: ['<rootDir>/.cache/'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  testTimeout: 30000,
};
