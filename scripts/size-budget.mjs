#!/usr/bin/env node
// Prints the mini-program's package sizes as WeChat uploads them (run `npm run build:weapp` first), the raw dist/
// sizes beside them, and fails when the main package as uploaded is over budget. Installs WeChat's tools on first use.
import fs from 'node:fs';
import path from 'node:path';
import { ensureWeappTools, ROOT } from './weapp-tools/tools.mjs';
import { compileAsUploaded, subpackageRoots } from './weapp-tools/wechat.mjs';
import { distSizes, reportSizes } from './weapp-tools/sizes.mjs';

const dist = path.join(ROOT, 'dist');
if (!fs.existsSync(path.join(dist, 'app.json'))) {
  console.error('size-budget: dist/app.json not found — run `npm run build:weapp` first.');
  process.exit(2);
}
const tools = ensureWeappTools();
const uploaded = await compileAsUploaded(tools.loadCi(), dist);
const failures = reportSizes({ uploaded, raw: distSizes(dist), roots: subpackageRoots(dist) });
for (const failure of failures) console.error(`size-budget: ${failure}`);
// miniprogram-ci's compiler worker keeps Node alive.
process.exit(failures.length > 0 ? 1 : 0);
