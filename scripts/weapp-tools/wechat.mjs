// WeChat's own checks of the built mini-program (dist/), offline: miniprogram-ci's upload compile, wcc, wcsc and
// the 代码质量 scan. Every function answers what it found; the callers decide what fails.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir` (with one of the extensions, when given), as dir-relative '/' paths, sorted. */
export function filesOf(dir, extensions = ['']) {
  const found = [];
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (extensions.some((extension) => entry.name.endsWith(extension))) found.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** The subpackage roots of dist/app.json, each ending in '/'. */
export function subpackageRoots(dist) {
  const appJson = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'));
  return (appJson.subPackages ?? appJson.subpackages ?? []).map((sub) => sub.root.replace(/\/+$/, '') + '/');
}

// Offline, miniprogram-ci needs a made-up key and the default account attributes, or it asks WeChat's servers.
function projectOf(ci, dist) {
  return new ci.Project({
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath: dist,
    privateKey: 'offline',
    attr: async () => ci.DefaultProjectAttr,
    ignores: ['node_modules/**/*'],
  });
}

/**
 * The files exactly as `upload` would send them (validated against WeChat's app.json/page JSON schemas on the way):
 * with the project's own settings, or with `settings` overriding them. Throws WeChat's error message on a
 * config or compile error.
 */
export async function compileAsUploaded(ci, dist, settings) {
  const setting = settings ? { ...settings } : { useProjectConfig: true };
  const result = await ci.getCompiledResult({ project: projectOf(ci, dist), setting, onProgressUpdate: () => undefined });
  return new Map(Object.entries(result).map(([name, content]) => [name, Buffer.byteLength(content)]));
}

/** DevTools' 代码质量 panel: each rule with whether it passed. */
export async function codeQuality(ci, dist) {
  return ci.checkCodeQuality(projectOf(ci, dist));
}

/** wcsc over every WXSS at once (so @imports resolve): its error text, or null when it compiled. */
export function wcscErrors(wcsc, dist) {
  const files = filesOf(dist, ['.wxss']);
  const run = spawnSync(wcsc, ['-db', '-pc', String(files.length), ...files], { cwd: dist, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return run.status === 0 ? null : (run.stderr || run.stdout || `wcsc exited ${run.status}`).trim();
}

/** wcc over every WXML and WXS: the JavaScript that defines `$gwx` (WeChat's page renderer). Throws wcc's error. */
export function compileWxml(wcc, dist) {
  const files = filesOf(dist, ['.wxml', '.wxs']);
  try {
    return execFileSync(wcc, ['-d', ...files, '-gn', '$gwx'], { cwd: dist, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`wcc: ${String(error.stderr || error.stdout || error.message).trim()}`);
  }
}

/** The JS files that do not parse as ES2017 (what runs with WeChat's ES6→ES5 step off), with where and why. */
export function notEs2017(acorn, dist) {
  const failures = [];
  for (const file of filesOf(dist, ['.js'])) {
    try {
      acorn.parse(fs.readFileSync(path.join(dist, file), 'utf8'), { ecmaVersion: 2017, sourceType: 'script' });
    } catch (error) {
      failures.push(`${file}: ${error.message}`);
    }
  }
  return failures;
}
