// Package sizes of the mini-program and their budget. The figure that counts is the main package AS UPLOADED
// (miniprogram-ci's compile with the project's settings): with es6/enhance on, WeChat re-transpiles on upload
// and that, not dist/, is what a cadre downloads before the first screen.
import fs from 'node:fs';
import path from 'node:path';
import { filesOf } from './wechat.mjs';

export const MAIN_BUDGET = 600 * 1024;
const SUBPACKAGE_LIMIT = 2 * 1024 * 1024; // the platform's limit per subpackage
const TOTAL_LIMIT = 20 * 1024 * 1024; // the older, stricter of the documented totals (20 MB / 30 MB)

/** Bytes per package ('main' and each subpackage root) of a map file → size. */
export function byPackage(sizes, roots) {
  const totals = new Map([['main', 0], ...roots.map((root) => [root, 0])]);
  for (const [file, size] of sizes) {
    const owner = roots.find((root) => file.startsWith(root)) ?? 'main';
    totals.set(owner, totals.get(owner) + size);
  }
  return totals;
}

/** The raw dist/ files and their sizes, for the second line. */
export function distSizes(dist) {
  return new Map(filesOf(dist).map((file) => [file, fs.statSync(path.join(dist, file)).size]));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints the table and answers the budget failures (none when everything fits). */
export function reportSizes({ uploaded, raw, minified, roots }) {
  const columns = [['as uploaded', byPackage(uploaded, roots)], ['raw dist/', byPackage(raw, roots)]];
  if (minified) columns.push(['minify on', byPackage(minified, roots)]);
  const rows = ['main', ...roots];
  console.log(['package'.padEnd(22), ...columns.map(([title]) => title.padStart(12))].join(' '));
  for (const row of rows) {
    const label = row === 'main' ? 'main' : row.slice(0, -1);
    console.log([label.padEnd(22), ...columns.map(([, totals]) => kb(totals.get(row)).padStart(12))].join(' '));
  }
  const totalOf = (totals) => [...totals.values()].reduce((a, b) => a + b, 0);
  console.log(['total'.padEnd(22), ...columns.map(([, totals]) => kb(totalOf(totals)).padStart(12))].join(' '));

  const packages = columns[0][1];
  const failures = [];
  console.log(`main package as uploaded: ${packages.get('main')} bytes (budget ${MAIN_BUDGET})`);
  if (packages.get('main') > MAIN_BUDGET) failures.push(`the main package as uploaded is ${packages.get('main') - MAIN_BUDGET} bytes over its budget of ${MAIN_BUDGET}`);
  for (const root of roots) if (packages.get(root) > SUBPACKAGE_LIMIT) failures.push(`subpackage ${root} is over the platform's 2 MB`);
  if (totalOf(packages) > TOTAL_LIMIT) failures.push('all packages together are over 20 MB');
  return failures;
}
