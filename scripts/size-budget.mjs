#!/usr/bin/env node
// Prints the mini-program's package sizes from dist/ (run `npm run build:weapp` first) and fails above budget.
// The main package is every file not under a subpackage root named in dist/app.json: it is what a cadre
// downloads before the first screen, so the project holds it well under the platform's 2 MB.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN_BUDGET = 600 * 1024;
const SUBPACKAGE_LIMIT = 2 * 1024 * 1024; // the platform's limit per subpackage
const TOTAL_LIMIT = 20 * 1024 * 1024; // the older, stricter of the documented totals (20 MB / 30 MB)

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const appJsonPath = path.join(dist, 'app.json');
if (!fs.existsSync(appJsonPath)) {
  console.error(`size-budget: ${path.relative(process.cwd(), appJsonPath)} not found — run \`npm run build:weapp\` first.`);
  process.exit(2);
}

const appJson = JSON.parse(fs.readFileSync(appJsonPath, 'utf8'));
const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((sub) => sub.root.replace(/\/+$/, '') + '/');

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.isFile()) yield full;
  }
}

const sizes = new Map([['main', 0], ...roots.map((root) => [root, 0])]);
for (const file of files(dist)) {
  const relative = path.relative(dist, file).split(path.sep).join('/');
  const owner = roots.find((root) => relative.startsWith(root)) ?? 'main';
  sizes.set(owner, sizes.get(owner) + fs.statSync(file).size);
}

const total = [...sizes.values()].reduce((a, b) => a + b, 0);
const main = sizes.get('main');
const failures = [];

console.log(`main package: ${main} bytes (budget ${MAIN_BUDGET})`);
if (main > MAIN_BUDGET) failures.push(`main package is ${main - MAIN_BUDGET} bytes over its budget`);
for (const root of roots) {
  const size = sizes.get(root);
  console.log(`subpackage ${root.slice(0, -1)}: ${size} bytes (limit ${SUBPACKAGE_LIMIT})`);
  if (size > SUBPACKAGE_LIMIT) failures.push(`subpackage ${root} is over the platform's 2 MB`);
}
console.log(`total: ${total} bytes (limit ${TOTAL_LIMIT})`);
if (total > TOTAL_LIMIT) failures.push('all packages together are over 20 MB');

for (const failure of failures) console.error(`size-budget: ${failure}`);
process.exit(failures.length > 0 ? 1 : 0);
