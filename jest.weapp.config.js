// The page-render harness: the built mini-program (dist/, `npm run build:weapp` first) run in Node with a `wx` stub,
// its pages rendered through WeChat's wcc. Needs WeChat's tools (installed on first use into .cache/weapp-tools).
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['<rootDir>/tests/weapp/**/*.weapp.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  testTimeout: 120000,
  // One phone at a time: the pages share one local cloud per file, and CI's two cores are busy enough.
  maxWorkers: 1,
};
