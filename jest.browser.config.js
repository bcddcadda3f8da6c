// Browser tests: the built H5 app (dist-h5/) on the local cloud, driven in Debian's Chromium.
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['<rootDir>/tests/browser/**/*.browser.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  testTimeout: 90000,
  maxWorkers: 1,
};
