// WeChat's own tools, installed on demand into .cache/weapp-tools (git-ignored) at the versions pinned in
// scripts/weapp-tools/package.json: about 280 MB that the app itself never needs, so they stay out of its dependencies.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PINNED = path.join(ROOT, 'scripts', 'weapp-tools', 'package.json');
export const TOOLS_DIR = process.env.WEAPP_TOOLS_DIR ?? path.join(ROOT, '.cache', 'weapp-tools');

/** Installs the pinned tools when the folder is missing or holds other versions; answers where everything is. */
export function ensureWeappTools() {
  const pinned = fs.readFileSync(PINNED, 'utf8');
  const installedManifest = path.join(TOOLS_DIR, 'package.json');
  const current = fs.existsSync(installedManifest) ? fs.readFileSync(installedManifest, 'utf8') : '';
  const binDir = path.join(TOOLS_DIR, 'bin');
  if (current !== pinned || !fs.existsSync(path.join(binDir, 'wcsc'))) {
    console.error(`weapp-tools: installing ${Object.entries(JSON.parse(pinned).dependencies).map(([name, version]) => `${name}@${version}`).join(', ')} into ${path.relative(ROOT, TOOLS_DIR)}`);
    fs.mkdirSync(TOOLS_DIR, { recursive: true });
    fs.writeFileSync(installedManifest, pinned);
    // No lifecycle scripts: none of the three needs one, and the folder is re-creatable at any time.
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-save', '--loglevel=error'], { cwd: TOOLS_DIR, stdio: ['ignore', 'inherit', 'inherit'] });
    // The package ships wcc/wcsc without the exec bit: copies of our own get it.
    fs.mkdirSync(binDir, { recursive: true });
    for (const name of ['wcc', 'wcsc']) {
      const target = path.join(binDir, name);
      fs.copyFileSync(path.join(TOOLS_DIR, 'node_modules', 'miniprogram-compiler', 'bin', 'linux', name), target);
      fs.chmodSync(target, 0o755);
    }
  }
  const requireTool = createRequire(path.join(TOOLS_DIR, 'package.json'));
  return {
    wcc: path.join(binDir, 'wcc'),
    wcsc: path.join(binDir, 'wcsc'),
    /** miniprogram-ci: WeChat's upload pipeline (compile, validate, code quality) without DevTools. */
    loadCi: () => requireTool('miniprogram-ci'),
    /** acorn, to prove the shipped JS parses at the level WeChat's oldest supported runtimes read. */
    loadAcorn: () => requireTool('acorn'),
    /** The typings of the `wx` object: the list of APIs that exist. */
    apiTypingsDir: path.dirname(requireTool.resolve('miniprogram-api-typings/package.json')),
  };
}
